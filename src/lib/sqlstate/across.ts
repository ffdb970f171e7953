// What each database does with one SQLSTATE, for the cross-database pages and the search.
import { errorsWithSqlState, type Database, type DatabaseId, type ReportedError } from '../databases';
import { readableFormat } from '../rendering/placeholders';

/** Above this many errors, a database's list on a SQLSTATE page shows the written ones and a count. */
export const LISTED_PER_DATABASE = 25;

export interface DatabaseUse {
  database: Database;
  /** Every error the database reports with the code. */
  errors: ReportedError[];
  /** The ones the page lists: the written guides first, then by number, at most LISTED_PER_DATABASE. */
  listed: ReportedError[];
}

/** The databases that use the code, each with the errors it reports under it. */
export function usesOf(code: string, written: (error: ReportedError) => boolean): DatabaseUse[] {
  return errorsWithSqlState(code).map(({ database, errors }) => {
    const ordered = [...errors.filter(written), ...errors.filter((error) => !written(error))];
    return { database, errors, listed: ordered.slice(0, LISTED_PER_DATABASE) };
  });
}

/**
 * How far the databases agree on the code, in one sentence, or nothing where there is nothing to
 * warn of: one code for one condition everywhere needs no warning; a code that stands for many
 * errors in one database (MySQL's 23000 or HY000) does.
 */
export function agreement(uses: readonly DatabaseUse[]): string | undefined {
  const broad = uses.filter((use) => use.errors.length > 1);
  if (broad.length === 0) return undefined;
  const parts = broad.map((use) => `${use.database.name} reports ${use.errors.length.toLocaleString('en-US')} different errors with it`);
  // What tells them apart: MySQL's number, else the message (PostgreSQL's codes, PgBouncer's texts).
  const tellers = [...new Set(broad.map((use) => (use.database.unit === 'error number' ? 'error number' : 'message')))];
  return `${parts.join(', and ')}: the SQLSTATE alone does not say which error it was; the ${tellers.join(' or the ')} does.`;
}

/** Every database (and PgBouncer) that reports the code, by name, in the site's order: what its SQLSTATE page spans. */
export function databasesUsing(code: string): string[] {
  return errorsWithSqlState(code).map(({ database }) => database.name);
}

/** The other databases that report the code, by name, for an error page's link to its SQLSTATE page. */
export function otherDatabasesUsing(code: string, own: DatabaseId | 'pgbouncer'): string[] {
  return errorsWithSqlState(code)
    .filter(({ database }) => database.id !== own)
    .map(({ database }) => database.name);
}

/** One SQLSTATE as the lists of codes across databases show it. */
export interface SqlStateListing {
  code: string;
  /** PostgreSQL's condition name where PostgreSQL defines the code, else the first error's symbol. */
  name: string;
  /** The code's note, else PostgreSQL's summary, else the first error's summary or its message read as words. */
  meaning: string;
  /** "PostgreSQL, MySQL (9), MariaDB (7)": who uses it, with how many errors where more than one. */
  usedBy: string;
}

/** `summaryOf` takes a search key (23505, mysql/1062, sqlstate/08004: src/lib/entries/summaries.ts). */
export function sqlStateListing(code: string, summaryOf: (key: string) => string | undefined): SqlStateListing {
  const uses = errorsWithSqlState(code);
  if (uses.length === 0) throw new Error(`no database uses SQLSTATE ${code}`);
  const first = uses[0]!.errors[0]!;
  const key = first.database === 'postgresql' ? first.id : `${first.database}/${first.id}`;
  return {
    code,
    name: first.name,
    meaning: summaryOf(`sqlstate/${code}`) ?? summaryOf(key) ?? readableFormat(first.messages[0] ?? '', uses[0]!.database.dialect),
    usedBy: uses.map(({ database, errors }) => `${database.name}${errors.length > 1 ? ` (${errors.length.toLocaleString('en-US')})` : ''}`).join(', '),
  };
}
