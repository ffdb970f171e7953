// Debian's psql 15, for the code a page gives as a psql script (`\gexec`, `\set`, `\copy`): a
// driver cannot send meta-commands, and readers paste those fixes into psql, so psql runs them.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reported } from '../../src/lib/reproduction/fix-run';
import { SUPERUSER, type RunningServer } from './postgres-server';

export const PSQL = process.env.PSQL ?? 'psql';

/** What psql printed, and its exit code (-1 when it could not run or was stopped). */
export interface PsqlRun {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Runs psql as the superuser against a server or pooler on a loopback port, with `args` after the
 * connection's and `input` on stdin. Never rejects: what went wrong is in the result.
 */
export function runPsql(
  port: number,
  args: string[],
  { input = '', cwd, env, timeout = 60_000 }: { input?: string; cwd?: string; env: NodeJS.ProcessEnv; timeout?: number },
): Promise<PsqlRun> {
  return new Promise((resolve) => {
    const child = execFile(
      PSQL,
      ['-X', '-h', '127.0.0.1', '-p', String(port), '-U', SUPERUSER.user, ...args],
      { cwd, timeout, env: { PGPASSWORD: SUPERUSER.password, ...env } }, // a caller's own PGPASSWORD (a wrong one) wins
      (error, stdout, stderr) =>
        resolve({ stdout, stderr: error && typeof error.code !== 'number' && !stderr ? `cannot run ${PSQL} (Debian's postgresql-client): ${error.message}` : stderr, code: error ? (typeof error.code === 'number' ? error.code : -1) : 0 }),
    );
    child.stdin!.end(input);
  });
}

/** psql's own line for a server error with VERBOSITY verbose: "psql:<stdin>:3: ERROR:  42P04: database ...". */
const ERROR_LINE = /^(?:psql:[^:]*:\d+: )?(ERROR|FATAL):  ([0-9A-Z]{5}): (.*)$/m;

/** The first error psql printed on stderr, or, when it printed none, psql's own complaint. */
export function psqlError(stderr: string, exitCode: number): Reported | undefined {
  const match = ERROR_LINE.exec(stderr);
  if (match) return { code: match[2]!, described: `${match[2]} ${match[3]}` };
  if (exitCode !== 0) return { code: '', described: `psql exited with ${exitCode}: ${stderr.trim().split('\n')[0] ?? ''}` };
  return undefined;
}

/**
 * Runs `script` through psql in `database` as the superuser, in a directory of its own (where a
 * `\copy` writes or reads a relative file), stopping at the first error as ON_ERROR_STOP does.
 * Resolves with the first error psql printed, if any.
 */
export async function runInPsql(server: RunningServer, database: string, script: string): Promise<Reported | undefined> {
  const directory = await mkdtemp(join(tmpdir(), 'psql-'));
  try {
    const { stderr, code } = await runPsql(server.port, ['-q', '-v', 'ON_ERROR_STOP=1', '-v', 'VERBOSITY=verbose', '-d', database], {
      input: script,
      cwd: directory,
      env: { ...process.env, PGCONNECT_TIMEOUT: '10' },
    });
    return psqlError(stderr, code);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
