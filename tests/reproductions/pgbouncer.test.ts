// PgBouncer's own errors, and a PostgreSQL error it causes, reproduced on Debian's pgbouncer in
// front of the embedded PostgreSQL, through node-postgres (the SQLSTATE and severity a driver
// gets) and Debian's psql (what a reader sees). Each message PgBouncer sends must be the one
// src/data/pgbouncer/messages.json holds for this version, with the same SQLSTATE and severity.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type pg from 'pg';
import { pgBouncerMessageFor, type PgBouncerMessage } from '../../src/lib/databases/pgbouncer/facts';
import { startPostgres, type RunningServer } from './postgres-server';
import { pgbouncerMissing, startPgBouncer, type PoolerOptions, type RunningPooler } from './pgbouncer-server';

const missing = pgbouncerMissing();
if (missing) console.warn(`Skipping the PgBouncer reproductions: ${missing}.`);

let server: RunningServer;
beforeAll(async () => {
  if (!missing) server = await startPostgres();
}, 120_000);
afterAll(async () => {
  await server?.stop();
}, 60_000);

/** Runs `body` against a fresh pooler with `options`, stopping it (and any clients left) after. */
async function withPooler(options: PoolerOptions, body: (pooler: RunningPooler, open: (c?: pg.ClientConfig) => pg.Client) => Promise<void>) {
  const pooler = await startPgBouncer(server, options);
  const clients: pg.Client[] = [];
  try {
    await body(pooler, (config) => {
      const client = pooler.client(config);
      clients.push(client);
      return client;
    });
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
    await pooler.stop();
  }
}

/** The error a promise rejects with; fails the test when it resolves. */
async function rejection(work: Promise<unknown>): Promise<pg.DatabaseError> {
  try {
    await work;
  } catch (error) {
    return error as pg.DatabaseError;
  }
  throw new Error('expected an error, got none');
}

/** The data's entry for a message the driver received, checked against what the pooler sent. */
function entryAgrees(error: pg.DatabaseError, version: string): PgBouncerMessage {
  const entry = pgBouncerMessageFor(error.message);
  expect(entry, `no message in src/data/pgbouncer/messages.json matches "${error.message}"`).toBeDefined();
  expect({ code: error.code, severity: error.severity }).toEqual({ code: entry!.sqlstate, severity: entry!.severity });
  expect(entry!.versions).toContain(version);
  return entry!;
}

const versionOf = (pooler: RunningPooler) => pooler.version.replace(/^PgBouncer /, '');
const show = (title: string, printed: string) => console.log(`--- ${title}\n${printed.trim()}`);

/** Opens two server connections at once and gives them back, so round-robin pooling has two to alternate. */
async function warmTwoServers(open: (c?: pg.ClientConfig) => pg.Client) {
  const warm = [open(), open()];
  await Promise.all(warm.map((c) => c.connect()));
  await Promise.all(warm.map((c) => c.query('BEGIN')));
  await Promise.all(warm.map((c) => c.query('COMMIT')));
}

// Each test starts a pooler of its own, so they run at once against the one PostgreSQL.
describe.skipIf(Boolean(missing)).concurrent('PgBouncer errors on a real pooler', () => {
  test('a client over max_client_conn is refused with 08P01 FATAL', async () => {
    await withPooler({ settings: { max_client_conn: 1 } }, async (pooler, open) => {
      await open().connect();
      const error = await rejection(open().connect());
      show('node-postgres, second client', `${error.severity} ${error.code}: ${error.message}`);
      expect(error).toMatchObject({ code: '08P01', severity: 'FATAL', message: 'no more connections allowed (max_client_conn)' });
      expect(entryAgrees(error, versionOf(pooler)).slug).toBe('no-more-connections-allowed-max_client_conn');
      const psql = await pooler.psql(['-c', 'SELECT 1']);
      show('psql, second client', psql.output);
      expect(psql.code).toBe(2);
      expect(psql.output).toContain(`failed: FATAL:  no more connections allowed (max_client_conn)`);
    });
  }, 30_000);

  test('a query that waits longer than query_wait_timeout for a server is cut off with 08P01 FATAL', async () => {
    const settings = { default_pool_size: 1, query_wait_timeout: 1 };
    await withPooler({ poolMode: 'transaction', settings }, async (pooler, open) => {
      const holder = open();
      await holder.connect();
      await holder.query('BEGIN'); // the pool's only server, kept by an open transaction
      const waiter = open();
      await waiter.connect();
      const error = await rejection(waiter.query('SELECT 1'));
      show('node-postgres, waiting query', `${error.severity} ${error.code}: ${error.message}`);
      expect(error).toMatchObject({ code: '08P01', severity: 'FATAL', message: 'query_wait_timeout' });
      entryAgrees(error, versionOf(pooler));
      const psql = await pooler.psql(['-v', 'VERBOSITY=verbose', '-c', 'SELECT 1']);
      show('psql, waiting query', psql.output);
      expect(psql.output).toContain('FATAL:  08P01: query_wait_timeout');
      await holder.query('COMMIT');
    });
  }, 30_000);

  test('an unsupported startup parameter is refused; ignore_startup_parameters lets it through', async () => {
    await withPooler({}, async (pooler, open) => {
      const options = await rejection(open({ options: '-c statement_timeout=1000' }).connect());
      const named = await rejection(open({ statement_timeout: 1000 }).connect());
      show('node-postgres, options and statement_timeout', [options, named].map((e) => `${e.severity} ${e.code}: ${e.message}`).join('\n'));
      expect(options).toMatchObject({ code: '08P01', severity: 'FATAL', message: 'unsupported startup parameter: options' });
      expect(named).toMatchObject({ code: '08P01', severity: 'FATAL', message: 'unsupported startup parameter: statement_timeout' });
      expect(entryAgrees(options, versionOf(pooler)).format).toBe('unsupported startup parameter: %s');
      const psql = await pooler.psql(['-c', 'SHOW statement_timeout'], { PGOPTIONS: '-c statement_timeout=1000' });
      show('psql, PGOPTIONS', psql.output);
      expect(psql.output).toContain('failed: FATAL:  unsupported startup parameter: options');
    });
    await withPooler({ settings: { ignore_startup_parameters: 'options' } }, async (pooler) => {
      const psql = await pooler.psql(['-At', '-c', 'SHOW statement_timeout'], { PGOPTIONS: '-c statement_timeout=1000' });
      expect(psql).toEqual({ output: '0\n', code: 0 }); // connected, and the ignored setting never reached the server
    });
  }, 30_000);

  test('under transaction pooling a prepared statement is gone on the next server: PostgreSQL’s 26000, not a PgBouncer message', async () => {
    // Two servers used in turn (server_round_robin), so consecutive transactions never share one.
    const settings = { default_pool_size: 2, server_round_robin: 1 };
    await withPooler({ poolMode: 'transaction', settings }, async (_, open) => {
      await warmTwoServers(open);
      const client = open();
      await client.connect();
      const statement = { name: 'S_1', text: 'SELECT 1 AS one' };
      expect((await client.query(statement)).rows).toEqual([{ one: 1 }]);
      // node-postgres prepared S_1 on the first server and now sends only Bind for it.
      const error = await rejection(client.query(statement));
      show('node-postgres, second execution', `${error.severity} ${error.code}: ${error.message}`);
      expect(error).toMatchObject({ code: '26000', severity: 'ERROR', message: 'prepared statement "S_1" does not exist' });
      expect(pgBouncerMessageFor(error.message)).toBeUndefined();
    });
    // psql on a pooler of its own: a PREPARE on the server that holds node-postgres's S_1 would fail as 42P05.
    await withPooler({ poolMode: 'transaction', settings }, async (pooler, open) => {
      await warmTwoServers(open);
      const psql = await pooler.psql(['-v', 'VERBOSITY=verbose', '-c', 'PREPARE "S_1" AS SELECT 1', '-c', 'EXECUTE "S_1"']);
      show('psql, PREPARE then EXECUTE', psql.output);
      expect(psql.output).toContain('ERROR:  26000: prepared statement "S_1" does not exist');
    });
  }, 30_000);
});
