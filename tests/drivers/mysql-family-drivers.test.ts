// The "Catch it in code" handlers of the MySQL and MariaDB pages, run in each client library's
// own runtime against a real MariaDB (Debian's 10.11), for each way an error arrives: a
// statement's answer (1062), a refused login (1045, 1040), a connection killed while idle (2006)
// or under a query (2013), and a server the client never reaches (2002, 2003, 2005). Each program
// embeds the handler mysqlCatchTabs() generates for the page, and the handler must catch the error
// the library really raises. The libraries whose data says how they `ran` are exactly the ones run
// here; the page says so.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { arrivalsOf, type Arrival } from '../../src/lib/catching/mysql-arrival';
import { driverLibraries, mysqlCatchTabs } from '../../src/lib/catching/mysql-drivers';
import { findMySqlError } from '../../src/lib/databases/mysql-family/facts';
import { mariadbMissing, startMariaDb, type RunningMariaDb } from '../reproductions/mariadb-server';
import { buildProgram, MISSING, type Caught, type Program } from './mysql-family-programs';

/** Where a case's program connects; the server's socket is filled in once it runs. */
interface Target {
  socket?: string;
  host?: string;
  port?: number;
  user: string;
  password: string;
  database: string;
}

interface DriverCase {
  name: string;
  /** The page whose handler runs. */
  number: number;
  target: (server: RunningMariaDb) => Target;
  /** The statement the handler wraps, for an error that arrives at a statement. */
  sql?: string;
  /** How the test breaks the connection: while it idles, or under the statement. */
  kill?: 'idle' | 'under-query';
}

const APP = { user: 'app', password: 'secret', database: 'shop' };
const app = (server: RunningMariaDb): Target => ({ socket: server.socket, ...APP });

const CASES: DriverCase[] = [
  { name: 'duplicate', number: 1062, target: app, sql: 'INSERT INTO accounts VALUES (1)' },
  { name: 'wrong-password', number: 1045, target: (server) => ({ ...app(server), password: 'wrong password' }) },
  { name: 'too-many-connections', number: 1040, target: app },
  { name: 'killed-idle', number: 2006, target: app, sql: 'SELECT 1', kill: 'idle' },
  { name: 'killed-under-query', number: 2013, target: app, sql: 'SELECT SLEEP(120)', kill: 'under-query' },
  { name: 'no-socket', number: 2002, target: (server) => ({ ...app(server), socket: join(server.socket, '..', 'no-such.sock') }) },
  { name: 'refused', number: 2003, target: () => ({ ...APP, host: '127.0.0.1', port: 1 }) },
  { name: 'unknown-host', number: 2005, target: () => ({ ...APP, host: 'no-such-host.invalid', port: 3306 }) },
];

const arrivalOf = (number: number): Arrival => arrivalsOf(findMySqlError('mariadb', number)!)[0]!;
const tabOf = (library: string, number: number) => mysqlCatchTabs(findMySqlError('mariadb', number)!).find((tab) => tab.id === library)!;

/** Outcomes other than "the handler caught it", each one the library's tab says in its note. */
const EXPECTED_OTHERWISE: Record<string, Record<string, { outcome: 'no error'; note: string }>> = {
  // database/sql finds the pooled connection dead before it writes, and retries on a new one.
  'go-mysql': { 'killed-idle': { outcome: 'no error', note: 'database/sql retries driver.ErrBadConn' } },
};

const ran = driverLibraries.filter((library) => library.ran);
const serverMissing = mariadbMissing();
if (serverMissing) console.warn(`Skipping the MySQL-family driver handlers: ${serverMissing}.`);
const missing = Object.fromEntries(await Promise.all(ran.map(async (library) => [library.id, await MISSING[library.id]?.()] as const)));
for (const [library, why] of Object.entries(missing)) if (why) console.warn(`Skipping the ${library} handlers: ${why}.`);

let server: RunningMariaDb;
let admin: mysql.Connection;
let dir: string;
const programs = new Map<string, Program>();
/** What each library raised, by case, for the table in the report (MYSQL_DRIVERS_TABLE=1 prints it). */
const raised: { library: string; case: string; caught: Caught | 'no error' }[] = [];

beforeAll(async () => {
  if (serverMissing) return;
  dir = await mkdtemp(join(tmpdir(), 'mysql-drivers-'));
  const runnable = ran.filter((library) => !missing[library.id]);
  const [started] = await Promise.all([
    startMariaDb(),
    ...runnable.map(async (library) => {
      const cases = CASES.map(({ name, number }) => ({ name, arrival: arrivalOf(number), snippet: tabOf(library.id, number).code }));
      programs.set(library.id, await buildProgram(library.id, dir, cases));
    }),
  ]);
  server = started;
  admin = await server.connect();
  await admin.query(`CREATE DATABASE shop; CREATE TABLE shop.accounts (id int PRIMARY KEY); INSERT INTO shop.accounts VALUES (1);
    CREATE USER app@localhost IDENTIFIED BY 'secret'; GRANT ALL ON shop.* TO app@localhost`);
}, 180_000);

afterAll(async () => {
  if (process.env.MYSQL_DRIVERS_TABLE) console.log(JSON.stringify(raised, null, 1));
  await admin?.end();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the statement is true of the processlist row of the connection. */
async function until(id: number, condition: string) {
  // Generous: on a busy machine a JVM can take half a minute from READY to its statement.
  for (const deadline = Date.now() + 90_000; Date.now() < deadline; ) {
    const [rows] = await admin.query<mysql.RowDataPacket[]>(`SELECT 1 FROM information_schema.PROCESSLIST WHERE ${condition}`, [id]);
    if (rows.length > 0) return;
    await wait(25);
  }
  throw new Error(`connection ${id}: never ${condition}`);
}

/** Runs one case's program; for a kill, ends its connection from the admin connection when it says READY. */
function runCase(program: Program, driverCase: DriverCase): Promise<Run> {
  const target = driverCase.target(server);
  const { file, args } = program.command(driverCase.name);
  const env = {
    ...process.env,
    DB_SOCKET: target.socket ?? '',
    DB_HOST: target.host ?? '',
    DB_PORT: String(target.port ?? ''),
    DB_USER: target.user,
    DB_PASSWORD: target.password,
    DB_NAME: target.database,
    DB_SQL: driverCase.sql ?? '',
    // Set only for a kill while idle: the program then waits for the test's line before its statement.
    ...(driverCase.kill === 'idle' ? { WAIT: '1' } : {}),
  };
  const child = spawn(file, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  /** The kill, settled at once so a failed one becomes part of the run's output. */
  const killing: Promise<string>[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    stdout += line + '\n';
    const ready = /^READY (\d+)/.exec(line);
    if (!ready) return;
    const id = Number(ready[1]);
    killing.push(
      (async () => {
        if (driverCase.kill === 'under-query') await until(id, "ID = ? AND INFO LIKE 'SELECT SLEEP%'");
        await admin.query(`KILL ${id}`);
        if (driverCase.kill === 'idle') {
          // Gone from the server before the program writes, so the write is what fails.
          await until(id, 'NOT EXISTS (SELECT 1 FROM information_schema.PROCESSLIST WHERE ID = ?)');
          await wait(100);
          child.stdin.write('go\n');
        }
      })().then(
        () => '',
        (error: Error) => `\n${error.message}`,
      ),
    );
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.on('error', reject);
    child.on('close', async (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr: stderr + (await Promise.all(killing)).join('') });
    });
  });
}

/** Holds root connections until the server is at max_connections, so the next login by app is one too many. */
async function fillConnections(): Promise<() => Promise<void>> {
  await admin.query('SET GLOBAL max_connections = 10'); // MariaDB's lowest
  const [[status]] = await admin.query<mysql.RowDataPacket[]>("SHOW GLOBAL STATUS LIKE 'Threads_connected'");
  const held = await Promise.all(Array.from({ length: 10 - Number(status!.Value) }, () => server.connect()));
  return async () => {
    await Promise.all(held.map((connection) => connection.end()));
    await admin.query('SET GLOBAL max_connections = DEFAULT');
  };
}

test('the libraries the page says ran are the ones this suite runs, and MySqlConnector is not among them', () => {
  expect(ran.map((library) => library.id).sort()).toEqual(Object.keys(MISSING).sort());
  expect(driverLibraries.find((library) => library.id === 'mysqlconnector')!.ran).toBeUndefined();
});

describe.skipIf(Boolean(serverMissing)).each(CASES)('$number, $name', (driverCase) => {
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (driverCase.number === 1040) release = await fillConnections();
  });
  afterAll(async () => {
    await release?.();
  });

  // The libraries run side by side: each case's programs are independent of one another.
  test.concurrent.for(ran.map((library) => library.id))("the page's %s handler", async (library, { skip, expect }) => {
    if (missing[library]) return skip(missing[library]);
    expect(tabOf(library, driverCase.number).code, `the ${library} tab has no handler`).not.toBe('');
    const { code, stdout, stderr } = await runCase(programs.get(library)!, driverCase);
    const output = `exit ${code}\n${stdout}${stderr}`;
    const otherwise = EXPECTED_OTHERWISE[library]?.[driverCase.name];
    if (otherwise) {
      expect(tabOf(library, driverCase.number).note).toContain(otherwise.note);
      expect(stdout, output).not.toContain('CAUGHT');
      expect(stdout, output).toContain('DONE');
      raised.push({ library, case: driverCase.name, caught: otherwise.outcome });
      return;
    }
    const caught = /^CAUGHT (.*)$/m.exec(stdout);
    expect(caught, `the handler did not catch it:\n${output}`).not.toBeNull();
    expect(code, output).toBe(0);
    raised.push({ library, case: driverCase.name, caught: JSON.parse(caught![1]!) as Caught });
  });
});
