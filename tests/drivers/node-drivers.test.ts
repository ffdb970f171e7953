// node-postgres and postgres.js against a real PostgreSQL: the errors carry the fields and the
// messages the entry pages name. catch-it.test.ts runs the pages' handlers themselves.
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import pg from 'pg';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nodeDriverFields } from '../../src/lib/catching/catching';
import { codeFacts } from '../../src/lib/databases/postgresql/code-facts';
import { startPostgres, SUPERUSER, type RunningServer } from '../reproductions/postgres-server';

let server: RunningServer;
let client: pg.Client;
let sql: postgres.Sql;

const connection = () => ({ host: '127.0.0.1', port: server.port, database: 'postgres', ...SUPERUSER });

beforeAll(async () => {
  server = await startPostgres();
  client = await server.connect();
  await client.query('CREATE TABLE accounts (id int PRIMARY KEY)');
  await client.query('INSERT INTO accounts VALUES (1)');
  sql = postgres({ ...connection(), username: SUPERUSER.user, onnotice: () => {} });
}, 120_000);

afterAll(async () => {
  await sql?.end();
  await client?.end();
  await server?.stop();
});

/** The three codes, how each driver provokes it, and the values its message fills in. */
const CASES = {
  '23505': {
    nodePostgres: () => client.query('INSERT INTO accounts VALUES (1)'),
    postgresJs: () => sql`INSERT INTO accounts VALUES (1)`,
    severity: 'ERROR',
  },
  '42P01': {
    nodePostgres: () => client.query('SELECT * FROM no_such_table'),
    postgresJs: () => sql`SELECT * FROM no_such_table`,
    severity: 'ERROR',
  },
  '28P01': {
    nodePostgres: () => new pg.Client({ ...connection(), password: 'wrong password' }).connect(),
    postgresJs: async () => {
      const refused = postgres({ ...connection(), username: SUPERUSER.user, password: 'wrong password' });
      try {
        await refused`SELECT 1`;
      } finally {
        await refused.end();
      }
    },
    severity: 'FATAL',
  },
} as const;

type Code = keyof typeof CASES;

async function errorOf(action: () => Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await action();
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected the statement to fail');
}

/** True when the message is one of the formats the code's page lists, with its %s filled in. */
function matchesAListedMessage(code: Code, message: unknown): boolean {
  return codeFacts(code).messages.some((m) => {
    const pattern = m.format.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%s/g, '.+');
    return new RegExp(`^${pattern}$`).test(String(message));
  });
}

describe.each(Object.keys(CASES) as Code[])('%s', (code) => {
  const { severity } = CASES[code];

  test('node-postgres reports the code, the severity and a message the page lists', async () => {
    const err = await errorOf(CASES[code].nodePostgres);
    expect(err).toBeInstanceOf(pg.DatabaseError);
    expect(err).toMatchObject({ code, severity });
    expect(matchesAListedMessage(code, err.message)).toBe(true);
  });

  test('postgres.js reports the code, the severity and a message the page lists', async () => {
    const err = await errorOf(CASES[code].postgresJs);
    expect(err).toBeInstanceOf(postgres.PostgresError);
    expect(err).toMatchObject({ code, severity });
    expect(matchesAListedMessage(code, err.message)).toBe(true);
  });
});

describe('the error fields the handlers point to', () => {
  test('are filled in for a unique violation', async () => {
    const fromNodePostgres = await errorOf(CASES['23505'].nodePostgres);
    for (const field of nodeDriverFields['node-postgres']) expect(fromNodePostgres[field], field).toEqual(expect.any(String));
    expect(fromNodePostgres.constraint).toBe('accounts_pkey');
    const fromPostgresJs = await errorOf(CASES['23505'].postgresJs);
    for (const field of nodeDriverFields['postgres-js']) expect(fromPostgresJs[field], field).toEqual(expect.any(String));
    expect(fromPostgresJs.constraint_name).toBe('accounts_pkey');
  });
});

describe('node-postgres and a JavaScript Invalid Date (22007\'s cause)', () => {
  test('binds it as text the server refuses with 22007', async () => {
    const error = await errorOf(() => client.query('SELECT $1::timestamptz', [new Date(Number.NaN)]));
    expect(error.code).toBe('22007');
    expect(error.message).toBe('invalid input syntax for type timestamp with time zone: "0NaN-NaN-NaNTNaN:NaN:NaN.NaN+NaN:NaN"');
  });
});

/**
 * A TCP proxy in front of the server that can break every connection through it, the way a
 * crashed server (an orderly close) or a NAT or load balancer that forgets the flow (a reset) does.
 */
async function breakingProxy(): Promise<{ port: number; breakAll(how: 'close' | 'reset'): void; stop(): Promise<void> }> {
  const clientSides = new Set<Socket>();
  const proxy = createServer((clientSide) => {
    const serverSide = connect(server.port, '127.0.0.1');
    clientSides.add(clientSide);
    clientSide.pipe(serverSide).pipe(clientSide);
    const forget = () => {
      clientSides.delete(clientSide);
      serverSide.destroy();
    };
    clientSide.on('close', forget).on('error', forget);
    serverSide.on('error', () => clientSide.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    breakAll(how) {
      for (const socket of clientSides) {
        if (how === 'reset') socket.resetAndDestroy();
        else socket.end();
      }
    },
    stop: () => new Promise((resolve) => proxy.close(() => resolve())),
  };
}

describe('node-postgres when the connection breaks mid-query (08006)', () => {
  async function brokenQueryError(how: 'close' | 'reset') {
    const proxy = await breakingProxy();
    const broken = new pg.Client({ ...connection(), port: proxy.port });
    broken.on('error', () => {});
    try {
      await broken.connect();
      const running = errorOf(() => broken.query('SELECT pg_sleep(10)'));
      setTimeout(() => proxy.breakAll(how), 200);
      return await running;
    } finally {
      await broken.end().catch(() => {});
      await proxy.stop();
    }
  }

  test('reports an orderly close as "Connection terminated unexpectedly", with no code', async () => {
    const error = await brokenQueryError('close');
    expect(error.message).toBe('Connection terminated unexpectedly');
    expect(error.code).toBeUndefined();
  });

  test('reports a TCP reset with code ECONNRESET, not a SQLSTATE', async () => {
    const error = await brokenQueryError('reset');
    expect(error.code).toBe('ECONNRESET');
  });
});
