// A reproduction that proves nothing must fail loudly: no error, or another code than the entry's.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPostgres, type RunningServer } from './postgres-server';
import { runSql } from './run';

let server: RunningServer;
beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

describe('runSql', () => {
  test('fails when the last statement raises no error', async () => {
    await expect(runSql(server, 'no_error', { sql: 'SELECT 1;' })).rejects.toThrow('the last statement raised no error: SELECT 1');
  });

  test('reports the code the server really raised', async () => {
    const observed = await runSql(server, 'other_code', { sql: 'SELECT 1 / 0;' });
    expect(observed).toMatchObject({ sqlstate: '22012', severity: 'ERROR', message: 'division by zero' });
  });

  test('keeps errors of earlier statements, as psql shows them', async () => {
    const observed = await runSql(server, 'earlier', { sql: 'BEGIN;\nSELECT 1 / 0;\nSELECT 1;' });
    expect(observed.sqlstate).toBe('25P02');
    expect(observed.earlier?.map((e) => e.sqlstate)).toEqual(['22012']);
  });

  test('fails when the setup itself fails', async () => {
    await expect(runSql(server, 'bad_setup', { setup: 'CREATE TABLE users (id int', sql: 'SELECT 1 / 0;' })).rejects.toThrow(/^setup failed: syntax error/);
  });
});
