// Which database a query is about, and the MySQL and MariaDB error numbers and symbols it carries.
// A key names a page of the index: a bare SQLSTATE is PostgreSQL's page (the site's first
// database kept its keys), "mysql/1062" and "mariadb/1062" the error pages, "pgbouncer/<slug>"
// PgBouncer's message pages, "sqlstate/08004" the page of a code across databases.

import type { FormatDialect } from '../databases';

export type KeyDatabase = 'postgresql' | 'mysql' | 'mariadb' | 'pgbouncer' | 'sqlstate';

export function databaseOfKey(key: string): KeyDatabase {
  const slash = key.indexOf('/');
  return slash === -1 ? 'postgresql' : (key.slice(0, slash) as KeyDatabase);
}

/** How the key's database writes placeholders in its message formats. */
export function dialectOf(key: string): FormatDialect {
  const database = databaseOfKey(key);
  return database === 'mysql' || database === 'mariadb' ? database : 'postgres';
}

/** "mysql/1062" -> "1062"; a PostgreSQL key is its code. */
export const idOfKey = (key: string) => key.slice(key.indexOf('/') + 1);

/** The page of a key, relative to the site's base. */
export const pathOfKey = (key: string) => (databaseOfKey(key) === 'postgresql' ? `postgresql/${key}/` : `${key}/`);

const MARIADB_WORDS = /\bmaria(?:db)?d?\b|org\.mariadb/i;
/** MySQL named as a word, not as a folder of a path (/run/mysqld/, /var/lib/mysql) or a package (com.mysql). */
const MYSQL_WORDS = /(?<![/\w.-])my\s?sql(?![\w/.-])/i;
/** Drivers and tools that serve MySQL and MariaDB alike: they say the family, not which of the two. */
const MYSQL_FAMILY_TOOLS = /\bmysql(?:i|2|db|client)\b|\bcom\.mysql\b|\bmysql\.connector\b|\bpymysql\b|\bMySqlConnector\b|\bMySqlException\b|\bMysql2::|\bgo-sql-driver\b/i;
const POSTGRES_WORDS = /\bpostgres(?:ql)?\b|\bpgbouncer\b|\bpsql\b|\bpsycopg2?\b|\basyncpg\b|\bpgx\b|\bPSQLException\b|\bnpgsql\b|\bPG::|\bnode-postgres\b/i;

/**
 * The database a query names: "mariadb deadlock", "org.postgresql", MySQL's own "check the manual
 * that corresponds to your MySQL server version". MariaDB first: its tools often say MySQL too,
 * never the reverse. A driver that serves both MySQL and MariaDB (pymysql, mysql2) names the
 * family, "mysql-family": the wording of the message then tells which.
 */
export function namedDatabase(input: string): 'postgresql' | 'mysql' | 'mariadb' | 'mysql-family' | undefined {
  if (MARIADB_WORDS.test(input)) return 'mariadb';
  if (MYSQL_WORDS.test(input)) return 'mysql';
  if (MYSQL_FAMILY_TOOLS.test(input)) return 'mysql-family';
  if (POSTGRES_WORDS.test(input)) return 'postgresql';
  return undefined;
}

/**
 * Where MySQL's and MariaDB's clients and drivers print the error number: `ERROR 1045 (28000)`
 * (the command-line client, Go's driver), `#1062 -` (phpMyAdmin), `(1062, "` (Python drivers),
 * `SQLSTATE[23000]: Integrity constraint violation: 1062` and `SQLSTATE[HY000] [2002]` (PHP's
 * PDO), `errno: 1452`, `Error Code: 1175` (Workbench), `mysql error 1045`. A four-digit number
 * anywhere else (a port, a year, a process id) is not read as one.
 */
const NUMBER_FRAMES = [
  /(?:\berror\s+|^|[\s:])(\d{4})\s*\([0-9A-Z]{5}\)/gi, // also Connector/Python's "1146 (42S02): ..."
  /(?:^|\s)#(\d{4})\s*-/g,
  /SQLSTATE\[[0-9A-Z]{5}\]:[^:\n]*:\s*(\d{4})\b/g,
  /SQLSTATE\[[0-9A-Z]{5}\]\s*\[(\d{4})\]/g,
  /\berr(?:no|or[\s_]?code)\s*[:=]?\s*(\d{4})\b/gi,
  /\b(?:my\s?sql|maria(?:db)?)(?:\s+server)?\s+(?:error\s+)?(\d{4})\b/gi,
  /\([0-9A-Z]{5}\/(\d{4})\)/g, // PHP's mysqli: (HY000/2002)
  /\bSQL Error:\s*(\d{4})\b/gi, // Hibernate: SQL Error: 1205, SQLState: 40001
  /^\s*(\d{4})\s+-\s+(?=\S)/gm, // phpMyAdmin without its #: 1055 - Expression #2 ...
  /\bSQL Error \((\d{4})\)/gi, // HeidiSQL: SQL Error (1005):
  /\[[0-9A-Z]{5}\]\[(\d{4})\]/g, // JetBrains' DataGrip and IDEs: [42000][1064]
  /\bError (\d{4}):\s/g, // Go's MySQL driver before 1.5: Error 1055: ...
  /\(u?(\d{4}),\s*u?["']/g, // Python 2's drivers: (1005, u'Can\'t create table ...')
];

/** A query that is only an error number, with at most the words people put before one. */
const BARE_NUMBER = /^\s*(?:(?:my\s?sql|maria(?:db)?)\s+)?(?:error|errno|err|error\s+code|code)?\s*[:#]?\s*(\d{4})\s*$/i;

/** The error numbers the query carries where MySQL's tools print one, in order, each once. */
export function errorNumbersIn(input: string): number[] {
  const bare = BARE_NUMBER.exec(input);
  const found = bare ? [bare[1]!] : NUMBER_FRAMES.flatMap((frame) => [...input.matchAll(frame)].map((match) => match[1]!));
  return [...new Set(found.map(Number))];
}

/** Symbols such as ER_DUP_ENTRY and CR_SERVER_GONE_ERROR, as mysql2's err.code and the sources name errors. */
export function errorSymbolsIn(input: string): string[] {
  return [...new Set([...input.matchAll(/\b(?:ER|CR|WARN)_[A-Z0-9_]+\b/gi)].map((match) => match[0].toUpperCase()))];
}

/** Whether the search needs the rows of every MySQL and MariaDB error: the query names one by number or symbol. */
export const needsErrorRows = (input: string) => errorNumbersIn(input).length > 0 || errorSymbolsIn(input).length > 0;

/** A query that is only a SQLSTATE, with at most the words people put before one: "SQLSTATE 08004", "sqlstate: 40001". */
export function bareSqlState(input: string): string | undefined {
  return /^\s*(?:sql\s*state|error\s+code|code)?\s*[:[]?\s*([0-9A-Za-z]{5})\s*\]?\s*$/i.exec(input)?.[1]?.toUpperCase();
}

/** Whether the query is about MySQL or MariaDB: it names one, a driver of theirs, an error number or a symbol. */
export function aboutMySqlFamily(input: string): boolean {
  const named = namedDatabase(input);
  return named === 'mysql' || named === 'mariadb' || named === 'mysql-family' || needsErrorRows(input);
}

/**
 * How PostgreSQL's server log and psql print a line: a severity and two spaces (`ERROR:  `,
 * `DETAIL:  `), or a log prefix of timestamp and [pid] before `ERROR:`, `FATAL:`... MySQL's client
 * prints `ERROR 1045 (28000): ` and its server log `[ERROR] [MY-010119]`, never these.
 */
const POSTGRES_LINE = [
  /(?:^|\s)(?:PANIC|FATAL|ERROR|WARNING|NOTICE|LOG|DETAIL|HINT|STATEMENT|CONTEXT):  \S/m,
  /\d\d:\d\d:\d\d(?:\.\d+)?(?: [A-Z]{2,5}| [+-]\d\d)?\s+\[\d+\]\s+(?:\S+@\S+\s+)?(?:PANIC|FATAL|ERROR|WARNING|LOG|DETAIL|HINT):/,
  /"(?:PANIC|FATAL|ERROR|WARNING)","[0-9A-Z]{5}","/, // csvlog: ..."ERROR","58P01","message"
];

/**
 * Which database's tools printed the paste, by its shape alone: PostgreSQL's log and psql lines,
 * or MySQL's and MariaDB's numbers where their clients print them. A paste of one shape never
 * ranks a page of the other database first (rank.ts).
 */
export function pasteShape(input: string): 'postgresql' | 'mysql-family' | undefined {
  if (errorNumbersIn(input).length > 0) return 'mysql-family';
  if (POSTGRES_LINE.some((line) => line.test(input))) return 'postgresql';
  return undefined;
}

/**
 * Whether a query that is not about MySQL or MariaDB may still be one of their messages: it has
 * neither database's shape and names no database, as a MySQL message pasted without its number
 * does (`Duplicate entry '1' for key 'PRIMARY'`). The search page then fetches their formats
 * beside PostgreSQL's, after them, instead of waiting to learn that PostgreSQL's hold nothing sure.
 */
export const mayBeMySqlFamily = (input: string) => !aboutMySqlFamily(input) && namedDatabase(input) === undefined && pasteShape(input) === undefined;
