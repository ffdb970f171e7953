// Typed access to the facts about MySQL and MariaDB errors in src/data/{mysql,mariadb}, copied
// from their sources by scripts/import-mysql-data.mjs (server errors) and read from the client
// libraries (client-errors.json). The two share a lineage and a numbering, so one module serves
// both; every function takes the database it is asked about.
import mysqlServer from '../../../data/mysql/server-errors.json' with { type: 'json' };
import mysqlClient from '../../../data/mysql/client-errors.json' with { type: 'json' };
import mariadbServer from '../../../data/mariadb/server-errors.json' with { type: 'json' };
import mariadbClient from '../../../data/mariadb/client-errors.json' with { type: 'json' };

export type MySqlFamilyId = 'mysql' | 'mariadb';
export const MYSQL_FAMILY: readonly MySqlFamilyId[] = ['mysql', 'mariadb'];

/** One error number as the data gives it. */
export interface MySqlError {
  /** The error number the client prints: 1062, 2002. */
  number: number;
  /** The name in the source: ER_DUP_ENTRY, CR_SERVER_GONE_ERROR. */
  symbol: string;
  /** The SQLSTATE the server (or client library) reports with it. */
  sqlstate: string;
  /** The English message format, with the C placeholders (%s, %-.192s, %d) as in the source. */
  message: string;
  /** Who sends it: the server, or the client library on its own (2000 to 2999). */
  raisedBy: 'server' | 'client';
}

interface ErrorFile {
  source: Record<string, string>;
  errors: Omit<MySqlError, 'raisedBy'>[];
}

const files: Record<MySqlFamilyId, { server: ErrorFile; client: ErrorFile }> = {
  mysql: { server: mysqlServer, client: mysqlClient },
  mariadb: { server: mariadbServer, client: mariadbClient },
};

const errorsOf = (database: MySqlFamilyId): MySqlError[] => [
  ...files[database].server.errors.map((e) => ({ ...e, raisedBy: 'server' as const })),
  ...files[database].client.errors.map((e) => ({ ...e, raisedBy: 'client' as const })),
].sort((a, b) => a.number - b.number);

const all: Record<MySqlFamilyId, MySqlError[]> = { mysql: errorsOf('mysql'), mariadb: errorsOf('mariadb') };
const byNumber: Record<MySqlFamilyId, Map<number, MySqlError>> = {
  mysql: new Map(all.mysql.map((e) => [e.number, e])),
  mariadb: new Map(all.mariadb.map((e) => [e.number, e])),
};

/** Every error number the database's server or client library reports, in order. */
export const mysqlErrors = (database: MySqlFamilyId): readonly MySqlError[] => all[database];

export function findMySqlError(database: MySqlFamilyId, number: number): MySqlError | undefined {
  return byNumber[database].get(number);
}

/** Where the facts come from: the repository, file and commit of the server's and the client's lists. */
export const mysqlSources = (database: MySqlFamilyId) => ({ server: files[database].server.source, client: files[database].client.source });

/** The display name: MySQL, MariaDB. */
export const familyName = (database: MySqlFamilyId) => (database === 'mysql' ? 'MySQL' : 'MariaDB');

/**
 * Errors the server reports under one number but words with another's format. A duplicate key is
 * ER_DUP_ENTRY (1062), printed with ER_DUP_ENTRY_WITH_KEY_NAME's text, which names the index
 * (print_keydup_error() in sql/handler.cc of both servers; MariaDB 10.11 prints it so in the tests).
 */
const PRINTED_WITH: Readonly<Record<number, number>> = { 1062: 1586 };

/** The format a client sees for the error: its own, or the one the server words it with. */
export function printedFormat(database: MySqlFamilyId, error: MySqlError): { format: string; from?: MySqlError } {
  const other = PRINTED_WITH[error.number];
  const from = other === undefined ? undefined : findMySqlError(database, other);
  return from ? { format: from.message, from } : { format: error.message };
}

/** A block of a hundred numbers, the unit of the index pages: 1000 to 1099. */
export interface NumberRange {
  start: number;
  end: number;
  /** "1000-1099", the range's URL segment. */
  slug: string;
  errors: MySqlError[];
}

/** The database's errors in blocks of a hundred numbers, empty blocks left out. */
export function numberRanges(database: MySqlFamilyId): NumberRange[] {
  const ranges = new Map<number, MySqlError[]>();
  for (const error of all[database]) {
    const start = Math.floor(error.number / 100) * 100;
    ranges.set(start, [...(ranges.get(start) ?? []), error]);
  }
  return [...ranges].map(([start, errors]) => ({ start, end: start + 99, slug: `${start}-${start + 99}`, errors }));
}

/** The range page a number is listed on. */
export const rangeOf = (number: number) => {
  const start = Math.floor(number / 100) * 100;
  return { start, end: start + 99, slug: `${start}-${start + 99}` };
};

/** The SQLSTATE classes the database reports, each with its errors, in class order. */
export function sqlStateClasses(database: MySqlFamilyId): { class: string; errors: MySqlError[] }[] {
  const classes = new Map<string, MySqlError[]>();
  for (const error of all[database]) {
    const key = error.sqlstate.slice(0, 2);
    classes.set(key, [...(classes.get(key) ?? []), error]);
  }
  return [...classes].sort(([a], [b]) => a.localeCompare(b)).map(([key, errors]) => ({ class: key, errors }));
}
