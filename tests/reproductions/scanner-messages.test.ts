// The texts the SQL scanner and grammar fill into "%s at or near "%s"" are not errmsg() formats,
// so they are not in messages.json; src/data/postgresql/scanner-messages.json lists the ones
// readers paste, each with an input that makes a real server print it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scannerMessages } from '../../src/lib/databases/postgresql/scanner-messages';
import { startPostgres, type RunningServer } from './postgres-server';
import { serverError } from './run';

let server: RunningServer;
beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(() => server?.stop());

describe('scanner messages on a real PostgreSQL', () => {
  test.for(scannerMessages.messages)('"$input" raises "$observed"', async ({ input, observed }) => {
    const client = await server.connect();
    try {
      const error = await client.query(input).then(
        () => expect.unreachable(`${input} ran without an error`),
        (error: unknown) => serverError(error),
      );
      expect({ sqlstate: error.sqlstate, message: error.message }).toEqual({ sqlstate: scannerMessages.code, message: observed });
    } finally {
      await client.end();
    }
  });
});
