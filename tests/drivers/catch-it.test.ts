// The "Catch it in code" handlers, run as the pages show them in every library with a runtime
// here (npm's node-postgres and postgres.js; Debian 12's psycopg 3.1.7, psycopg2 2.9.5,
// asyncpg 0.27.0, pgjdbc 42.5.5, the pg gem 1.4.5 and PHP 8.2's PDO, libpq 15) against
// PostgreSQL 18, one code for each way a code arrives:
//   statement        23505, a duplicate key (and 42P01, which the 23505 handler must let through)
//   connect          28P01, a wrong password
//   session          57P01, the session's own pg_terminate_backend() while a statement runs
//   notice           01006, REVOKE by a role with no grant option
//   connection-lost  57P02, another backend killed with SIGKILL (the postmaster resets the rest)
//                    57P01, an immediate shutdown (of a second server)
// Every library runs its cases in that order, and the statements of the last two wait together,
// so one crash, once the other cases are done, and one shutdown serve all libraries.
// TESTED_TABS, which the pages quote, is the list of what runs.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Arrival } from '../../src/lib/catching/arrivals';
import { catchBlock, TESTED_TABS, type CatchTabId } from '../../src/lib/catching/catching';
import { codeFacts } from '../../src/lib/databases/postgresql/code-facts';
import { startPostgres, SUPERUSER, type RunningServer } from '../reproductions/postgres-server';
import { HARNESSES, STATEMENT_CALLS, type Case, type Outcome } from './catch-harness';

const DUPLICATE_KEY = 'INSERT INTO accounts VALUES (1)';
const UNDEFINED_TABLE = 'SELECT * FROM no_such_table';
const TERMINATE_ITSELF = 'DO $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); END $$';
// REVOKE rewrites the table's catalog row even when it revokes nothing, so libraries running it at
// the same moment failed with XX000 "tuple concurrently updated"; the self-conflicting lock, taken
// before the role change, makes them wait their turn.
const REVOKE_WITHOUT_GRANT_OPTION = 'DO $$ BEGIN LOCK TABLE accounts IN SHARE UPDATE EXCLUSIVE MODE; SET LOCAL ROLE bob; REVOKE SELECT ON accounts FROM alice; END $$';
/** Long enough for the slowest runtime to reach its own wait: the crash or the shutdown ends it. */
const WAIT = 'DO $$ BEGIN PERFORM pg_sleep(300); END $$';

/** The snippet the page shows for the code's arrival in the library's tab. */
function snippet(code: string, arrival: Arrival, tab: CatchTabId): string | undefined {
  return catchBlock(codeFacts(code))
    .arrivals.find((a) => a.arrival === arrival)
    ?.tabs.find((t) => t.id === tab)?.code;
}

let main: RunningServer;
let shuttingDown: RunningServer;
const outcomes = new Map<CatchTabId, Map<string, Outcome>>();
const failures = new Map<CatchTabId, Error>();

/** The cases a library runs: each arrival TESTED_TABS lists it for, the two losses last. */
function casesFor(tab: CatchTabId): Case[] {
  const good = SUPERUSER.password;
  const plans: [id: string, code: string, arrival: Arrival, statement: string, port: number, password: string][] = [
    ['statement', '23505', 'statement', DUPLICATE_KEY, main.port, good],
    ['statement-other', '23505', 'statement', UNDEFINED_TABLE, main.port, good],
    ['connect', '28P01', 'connect', 'SELECT 1', main.port, 'wrong-password'],
    ['session', '57P01', 'session', TERMINATE_ITSELF, main.port, good],
    ['notice', '01006', 'notice', REVOKE_WITHOUT_GRANT_OPTION, main.port, good],
    ['crash', '57P02', 'connection-lost', WAIT, main.port, good],
    ['shutdown', '57P01', 'connection-lost', WAIT, shuttingDown.port, good],
  ];
  return plans
    .filter(([, , arrival]) => TESTED_TABS[arrival].includes(tab))
    .map(([id, code, arrival, statement, port, password]) => {
      const shown = snippet(code, arrival, tab);
      if (!shown) throw new Error(`the ${code} page shows no ${tab} snippet for ${arrival}`);
      const call = STATEMENT_CALLS[tab];
      const onlyListens = arrival === 'notice' && call !== undefined && !shown.includes(call);
      return { id, arrival, snippet: shown, statement, port, password, runAfter: onlyListens };
    });
}

/**
 * Waits until `count` sessions sleep in the server's statement; `count` drops as programs end, so
 * only a program stuck before its statement (a JVM compiling on a busy machine, at worst) delays it.
 */
async function sessionsWaiting(client: pg.Client, count: () => number): Promise<void> {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event = 'PgSleep'");
    if (rows[0]!.n >= count() || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const runnable = (Object.keys(HARNESSES) as CatchTabId[]).filter((tab) => HARNESSES[tab]!.missing === null);
for (const [tab, harness] of Object.entries(HARNESSES)) {
  if (harness.missing) console.warn(`Catch it in code, ${tab}: skipped, ${harness.missing}`);
}

beforeAll(async () => {
  // One after the other: on a busy machine, two initdbs at once can outlast the start timeout.
  main = await startPostgres();
  shuttingDown = await startPostgres();
  const setup = await main.connect();
  await setup.query('CREATE TABLE accounts (id int PRIMARY KEY); INSERT INTO accounts VALUES (1)');
  await setup.query('CREATE ROLE alice; CREATE ROLE bob; GRANT SELECT ON accounts TO bob');
  await setup.end();

  const running = new Set<CatchTabId>();
  const losing = (tab: CatchTabId) => TESTED_TABS['connection-lost'].includes(tab);
  const runs = runnable.map(async (tab) => {
    running.add(tab);
    try {
      const results = await HARNESSES[tab]!.run(casesFor(tab));
      outcomes.set(tab, new Map(results.map((r) => [r.case, r])));
    } catch (error) {
      failures.set(tab, error as Error);
    } finally {
      running.delete(tab);
    }
  });
  const waitingCount = () => [...running].filter(losing).length;
  // The crash resets every session on the server: the libraries with no connection-lost case go first.
  await Promise.all(runs.filter((_, i) => !losing(runnable[i]!)));

  const victim = await main.connect();
  await sessionsWaiting(victim, waitingCount);
  const { rows } = await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  process.kill(rows[0]!.pid, 'SIGKILL');
  await victim.end().catch(() => {});

  const watcher = await shuttingDown.connect();
  await sessionsWaiting(watcher, waitingCount);
  await shuttingDown.shutDownImmediately();
  await watcher.end().catch(() => {});

  await Promise.all(runs);
}, 480_000);

afterAll(async () => {
  await Promise.all([main, shuttingDown].map((server) => server?.stop()));
});

function outcome(tab: CatchTabId, id: string): Outcome {
  const failure = failures.get(tab);
  if (failure) throw failure;
  const found = outcomes.get(tab)?.get(id);
  if (!found) throw new Error(`${tab} reported no ${id} case`);
  return found;
}

/** One test per library the pages say runs for the arrival, skipped (said above) where its runtime is missing. */
function eachLibrary(arrival: Arrival, name: string, body: (tab: CatchTabId) => void, except: CatchTabId[] = []) {
  for (const tab of TESTED_TABS[arrival].filter((t) => !except.includes(t))) {
    const harness = HARNESSES[tab];
    if (!harness) throw new Error(`the pages say ${tab} runs, and no harness runs it`);
    test.skipIf(harness.missing !== null)(`${tab}: ${name}`, () => body(tab));
  }
}

/** What each library raises, by case: the SQLSTATE where the library gives one, else its error. */
const RAISED: Record<string, Partial<Record<CatchTabId, Partial<Outcome['raised']>>>> = {
  statement: {
    'node-postgres': { type: 'DatabaseError', code: '23505' },
    'postgres-js': { type: 'PostgresError', code: '23505' },
    psycopg: { type: 'psycopg.errors.UniqueViolation', code: '23505' },
    psycopg2: { type: 'psycopg2.errors.UniqueViolation', code: '23505' },
    asyncpg: { type: 'asyncpg.exceptions.UniqueViolationError', code: '23505' },
    jdbc: { type: 'org.postgresql.util.PSQLException', code: '23505' },
    'ruby-pg': { type: 'PG::UniqueViolation', code: '23505' },
    'php-pdo': { type: 'PDOException', code: '23505' },
  },
  connect: {
    'node-postgres': { type: 'DatabaseError', code: '28P01' },
    'postgres-js': { type: 'PostgresError', code: '28P01' },
    psycopg: { type: 'psycopg.OperationalError', code: null },
    psycopg2: { type: 'psycopg2.OperationalError', code: null },
    asyncpg: { type: 'asyncpg.exceptions.InvalidPasswordError', code: '28P01' },
    jdbc: { type: 'org.postgresql.util.PSQLException', code: '28P01' },
    'ruby-pg': { type: 'PG::ConnectionBad', code: null },
    'php-pdo': { type: 'PDOException', code: '08006' },
  },
  session: {
    'node-postgres': { type: 'DatabaseError', code: '57P01' },
    'postgres-js': { type: 'Error', code: 'CONNECTION_CLOSED' },
    psycopg: { type: 'psycopg.OperationalError', code: null },
    psycopg2: { type: 'psycopg2.OperationalError', code: null },
    asyncpg: { type: 'asyncpg.exceptions.ConnectionDoesNotExistError', code: '08003' },
    jdbc: { type: 'org.postgresql.util.PSQLException', code: '57P01' },
    'ruby-pg': { type: 'PG::ConnectionBad', code: null },
    'php-pdo': { type: 'PDOException', code: 'HY000' },
  },
};
/** A lost connection raises the same in both cases: the notice before it is all that differs. */
const LOST: Partial<Record<CatchTabId, Partial<Outcome['raised']>>> = {
  'node-postgres': { type: 'Error', code: null, message: 'Connection terminated unexpectedly' },
  'postgres-js': { type: 'Error', code: 'CONNECTION_CLOSED' },
  psycopg: { type: 'psycopg.OperationalError', code: null },
  psycopg2: { type: 'psycopg2.OperationalError', code: null },
  asyncpg: { type: 'asyncpg.exceptions.ConnectionDoesNotExistError', code: '08003' },
  jdbc: { type: 'org.postgresql.util.PSQLException', code: '08006' },
  'ruby-pg': { type: 'PG::ConnectionBad', code: null },
  'php-pdo': { type: 'PDOException', code: 'HY000' },
};

describe('a statement’s error (23505)', () => {
  eachLibrary('statement', 'the page’s handler catches it', (tab) => {
    const result = outcome(tab, 'statement');
    expect(result.escaped).toBeNull();
    if (tab === 'plpgsql') expect(result.printed).toMatch(/^caught 23505: duplicate key value violates unique constraint "accounts_pkey"/);
    else expect(result.raised).toMatchObject(RAISED.statement![tab]!);
  });

  eachLibrary('statement', 'the page’s handler lets another code (42P01) through', (tab) => {
    expect(outcome(tab, 'statement-other').escaped?.code).toBe('42P01');
  });
});

describe('a refused login (28P01)', () => {
  eachLibrary('connect', 'the page’s handler catches what the connect call raises', (tab) => {
    const result = outcome(tab, 'connect');
    expect(result.escaped).toBeNull();
    expect(result.raised).toMatchObject(RAISED.connect![tab]!);
    expect(result.raised?.message).toContain('password authentication failed for user "postgres"');
  });
});

describe('a FATAL ending a busy session (57P01 from pg_terminate_backend)', () => {
  eachLibrary('session', 'the page’s handler catches what the statement raises', (tab) => {
    const result = outcome(tab, 'session');
    expect(result.escaped).toBeNull();
    expect(result.raised).toMatchObject(RAISED.session![tab]!);
  });
});

describe('a notice (01006)', () => {
  eachLibrary('notice', 'the page’s notice callback sees it, and nothing is raised', (tab) => {
    const result = outcome(tab, 'notice');
    expect(result.raised).toBeNull();
    expect(result.escaped).toBeNull();
    expect(result.printed).toContain('no privileges could be revoked for "accounts"');
  });
});

describe.each([
  ['crash', '57P02, the crash of another server process', 'terminating connection because of crash of another server process'],
  ['shutdown', '57P01, an immediate shutdown', 'terminating connection due to immediate shutdown command'],
])('a connection lost after a notice (%s: %s)', (id, _what, notice) => {
  eachLibrary('connection-lost', 'the page’s handler catches the lost connection', (tab) => {
    const result = outcome(tab, id);
    expect(result.escaped).toBeNull();
    expect(result.raised).toMatchObject(LOST[tab]!);
  });

  // PDO drops notices before PHP 8.4.
  eachLibrary('connection-lost', 'the page’s notice reader sees the code’s message', (tab) => expect(outcome(tab, id).printed).toContain(notice), ['php-pdo']);
});
