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
 * Errors the server reports under one number but words with another's text, in both servers
 * unless said:
 * - a duplicate key is ER_DUP_ENTRY (1062), worded with ER_DUP_ENTRY_WITH_KEY_NAME's (1586) format,
 *   which names the index (print_keydup_error() in sql/handler.cc);
 * - a parse error is ER_PARSE_ERROR (1064), whose leading %s is ER_SYNTAX_ERROR's (1149) text;
 * - a bad date, time or number for a column is ER_TRUNCATED_WRONG_VALUE (1292) worded with
 *   ER_TRUNCATED_WRONG_VALUE_FOR_FIELD's (1366) format, which names the column
 *   (make_truncated_value_warning() in sql/sql_time.cc).
 * - in MySQL 5.7 and later, only_full_group_by's rejection is ER_WRONG_FIELD_WITH_GROUP (1055)
 *   worded with ER_WRONG_FIELD_WITH_GROUP_V2's (3087) format, and ER_MIX_OF_GROUP_FUNC_AND_FIELDS
 *   (1140) with ER_MIX_OF_GROUP_FUNC_AND_FIELDS_V2's (3088): "we want to keep sending the old error
 *   codes, for pre-5.7 applications" (sql/aggregate_check.cc). MariaDB has neither V2 error and
 *   prints its own formats.
 * MariaDB 10.11 prints the first three so in the tests (content/mariadb/1062, 1064, 1292).
 */
const PRINTED_WITH: Readonly<Record<number, { number: number; as: 'format' | 'first placeholder'; only?: string }>> = {
  1062: { number: 1586, as: 'format' },
  1064: { number: 1149, as: 'first placeholder' },
  1292: { number: 1366, as: 'format', only: 'for a value written to a column' },
  1055: { number: 3087, as: 'format', only: 'in MySQL 5.7 and later' },
  1140: { number: 3088, as: 'format', only: 'in MySQL 5.7 and later' },
};

export interface PrintedFormat {
  /** The format a client sees. */
  format: string;
  /** The error whose text it is worded with, when that is not the error's own. */
  from?: MySqlError;
  /** How: the other error's whole format, or its text in place of the first %s. */
  as?: 'format' | 'first placeholder';
  /** When the server words it so, where not always; otherwise it prints its own format. */
  only?: string;
}

/** The format a client sees for the error: the one the server words it with, or its own. */
export function printedFormat(database: MySqlFamilyId, error: MySqlError): PrintedFormat {
  const rule = PRINTED_WITH[error.number];
  const from = rule && findMySqlError(database, rule.number);
  if (!rule || !from) return { format: error.message };
  const format = rule.as === 'format' ? from.message : error.message.replace('%s', from.message);
  return { format, from, as: rule.as, ...(rule.only ? { only: rule.only } : {}) };
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
