// The line at the foot of a written entry that says how far to trust it: when it last changed,
// and what it rests on, from the runs the tests make (reproductions and fix checks), never from
// a claim written by hand.
import { majorsLabel } from '../reproduction/majors';
import { readableDate } from '../site/last-changed';
import { MARIADB_TESTED, type FixProof, type FixServer } from './fix-proof';

export interface TrustFacts {
  server: FixServer;
  /** PostgreSQL majors whose server raised the code in the reproduction; for MariaDB, the release that did. */
  reproducedOn: string[];
  /** Where each of the entry's fixes ran, or why it could not. */
  fixes: FixProof[];
  /** A MySQL entry whose reproduction the tests run on MariaDB, which must raise the same number. */
  reproducedOnMariaDB?: boolean;
  /** The entry file's last commit, ISO 8601; unknown without git history. */
  lastChanged?: string;
}

const NAMES: Record<FixServer, string> = { postgresql: 'PostgreSQL', mysql: 'MySQL', mariadb: 'MariaDB', pgbouncer: 'PgBouncer' };

/** "Reproduced on PostgreSQL 14 to 18", "Checked on MariaDB 10.11", or what a MySQL entry rests on instead. */
export function checkedOn({ server, reproducedOn, fixes, reproducedOnMariaDB }: Omit<TrustFacts, 'lastChanged'>): string {
  const name = NAMES[server];
  const label = (releases: string[]) => (server === 'postgresql' ? majorsLabel(releases.map(Number)) : releases.join(', '));
  if (server === 'mysql') {
    const mariadb = reproducedOnMariaDB ? `; its reproduction raises the same error on MariaDB ${MARIADB_TESTED} in the tests` : '';
    return `Rests on MySQL's manual and source: no MySQL server runs in this site's tests${mariadb}`;
  }
  if (reproducedOn.length > 0) return `Reproduced on ${name} ${label(reproducedOn)}`;
  const fixRuns = [...new Set(fixes.flatMap((proof) => ('tested' in proof ? proof.tested : [])))];
  if (fixRuns.length > 0) return `Fixes checked on ${name} ${label(fixRuns.sort((a, b) => Number(a) - Number(b)))}`;
  return `Not run on a server: read from ${name}'s source and documentation`;
}

/** The whole line: "Last changed 7 December 2026. Reproduced on PostgreSQL 14 to 18." */
export function trustLine(facts: TrustFacts): string {
  const changed = facts.lastChanged ? `Last changed ${readableDate(facts.lastChanged)}. ` : '';
  return `${changed}${checkedOn(facts)}.`;
}
