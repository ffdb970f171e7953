// A real MariaDB for the MySQL and MariaDB reproductions: Debian's mariadb-server package (10.11),
// started on a Unix socket in a scratch folder. No npm package ships a MySQL or MariaDB server
// these machines can run; .ci/run installs the Debian package, and without it the tests that need
// a server say why they skip.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';

/** The first of the places where the package installs a program, if any. */
function program(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin'];
  return dirs.map((dir) => join(dir, name)).find((path) => existsSync(path));
}

export const MARIADB = {
  server: program('mariadbd'),
  installDb: program('mariadb-install-db'),
  client: program('mariadb'),
};

/** Why no MariaDB can run here, or undefined when one can. */
export const mariadbMissing = (): string | undefined => {
  const absent = Object.entries(MARIADB)
    .filter(([, path]) => !path)
    .map(([name]) => name);
  return absent.length > 0
    ? `no MariaDB here (${absent.join(', ')} not found): install Debian's mariadb-server and mariadb-client, as .ci/run does`
    : undefined;
};

export interface RunningMariaDb {
  socket: string;
  /** SELECT VERSION(): 10.11.18-MariaDB-0+deb12u1. */
  version: string;
  /** A client as root, on a database of its own; the caller ends it. */
  connect(database?: string): Promise<mysql.Connection>;
  stop(): Promise<void>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startMariaDb(): Promise<RunningMariaDb> {
  const missing = mariadbMissing();
  if (missing) throw new Error(missing);
  const dir = await mkdtemp(join(tmpdir(), 'mariadb-'));
  const socket = join(dir, 'mysqld.sock');
  await promisify(execFile)(MARIADB.installDb!, [
    '--no-defaults',
    `--datadir=${join(dir, 'data')}`,
    '--user=root',
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ]);
  const server: ChildProcess = spawn(
    MARIADB.server!,
    ['--no-defaults', `--datadir=${join(dir, 'data')}`, `--socket=${socket}`, '--skip-networking', '--user=root', '--skip-log-bin', `--pid-file=${join(dir, 'mariadbd.pid')}`],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const connect = (database?: string) => mysql.createConnection({ socketPath: socket, user: 'root', database, multipleStatements: true });
  let version = '';
  for (let attempt = 0; !version; attempt += 1) {
    try {
      const client = await connect();
      const [rows] = await client.query<mysql.RowDataPacket[]>('SELECT VERSION() AS version');
      version = rows[0]!.version;
      await client.end();
    } catch (error) {
      if (attempt >= 300) throw new Error(`MariaDB did not start in ${dir}: ${(error as Error).message}`);
      await wait(100);
    }
  }
  return {
    socket,
    version,
    connect,
    stop: async () => {
      server.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
