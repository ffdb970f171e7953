// Debian's psql 15, for the code a page gives as a psql script (`\gexec`, `\set`, `\copy`): a
// driver cannot send meta-commands, and readers paste those fixes into psql, so psql runs them.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reported } from '../../src/lib/reproduction/fix-run';
import { SUPERUSER, type RunningServer } from './postgres-server';

export const PSQL = process.env.PSQL ?? 'psql';

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
    const { stderr, exitCode } = await new Promise<{ stderr: string; exitCode: number }>((resolve, reject) => {
      const child = execFile(
        PSQL,
        ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-v', 'VERBOSITY=verbose', '-h', '127.0.0.1', '-p', String(server.port), '-U', SUPERUSER.user, '-d', database],
        { cwd: directory, env: { ...process.env, PGPASSWORD: SUPERUSER.password, PGCONNECT_TIMEOUT: '10' } },
        (error, _stdout, stderr) => {
          if (error && typeof error.code !== 'number') reject(new Error(`cannot run ${PSQL} (Debian's postgresql-client): ${error.message}`));
          else resolve({ stderr, exitCode: error ? Number(error.code) : 0 });
        },
      );
      child.stdin!.end(script);
    });
    return psqlError(stderr, exitCode);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
