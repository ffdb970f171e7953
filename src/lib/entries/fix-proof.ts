// What the page and the API say about where a fix ran: the servers its check passed on in the
// tests, or why it could not run there. The tests make the claim true: a check runs on every
// PostgreSQL major from its `since` on (tests/reproductions/reproductions.test.ts, all majors in
// CI), and a MariaDB check on the MariaDB server that tests/reproductions/mariadb.test.ts starts.
import type { z } from 'astro/zod';
import type { fixSchema } from './entry-schema';
import { majorsLabel } from '../reproduction/majors';
import { majorsOfFix } from '../reproduction/fix-run';

type Fix = z.infer<typeof fixSchema>;

/** The MariaDB release the tests run, as Debian 12 ships it; mariadb.test.ts fails if the server is another. */
export const MARIADB_TESTED = '10.11';

/** The PgBouncer release the tests run: Debian 12's package, which .ci/run installs (tests/reproductions/pgbouncer-server.ts). */
export const PGBOUNCER_TESTED = '1.18';

/** Which server family a fix is proven on; a PgBouncer fix runs on the pooler in front of PostgreSQL. */
export type FixServer = 'postgresql' | 'mariadb' | 'mysql' | 'pgbouncer';

/** A fix that ran lists the releases (`["14", ..., "18"]`, `["10.11"]`); one that could not says why. */
export type FixProof = { tested: string[] } | { untested: string };

/** No MySQL server can be had where the tests run, so no MySQL fix ran; MariaDB's page of the number shows the ones that did. */
export const MYSQL_UNTESTED = 'No MySQL server runs in the tests; the fix follows the MySQL manual and source named in the sources.';

export function fixProof(fix: Pick<Fix, 'check' | 'untested'>, server: FixServer): FixProof {
  if (fix.check && server === 'postgresql') return { tested: majorsOfFix(fix.check).map(String) };
  if (fix.check && server === 'mariadb') return { tested: [MARIADB_TESTED] };
  if (fix.check && server === 'pgbouncer') return { tested: [PGBOUNCER_TESTED] };
  if (fix.untested) return { untested: fix.untested };
  if (server === 'mysql') return { untested: MYSQL_UNTESTED };
  // The schemas require a check or a reason for PostgreSQL and MariaDB fixes.
  throw new Error(`a ${server} fix has neither \`check\` nor \`untested\``);
}

/** The line under a fix that ran: "Ran on PostgreSQL 14 to 18", "Ran on MariaDB 10.11", "Ran on PgBouncer 1.18". */
export function fixProofLabel(proof: FixProof, server: FixServer): string | undefined {
  if (!('tested' in proof)) return undefined;
  if (server === 'postgresql') return `Ran on PostgreSQL ${majorsLabel(proof.tested.map(Number))}`;
  return `Ran on ${server === 'pgbouncer' ? 'PgBouncer' : 'MariaDB'} ${proof.tested.join(', ')}`;
}

/** A fix as /api/<database>.json gives it. */
export function apiFix(fix: Fix, server: FixServer) {
  const { title, when, lang, code, why } = fix;
  return { title, when, lang, code, why, ...fixProof(fix, server) };
}
