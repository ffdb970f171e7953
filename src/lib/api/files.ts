// The bodies of the API's data files, from the records (records.ts): each file says which schema
// it follows and which version of it. Pure functions of the records, so that the thousands of
// per-code files reuse one set of records built once per database (site-data.ts).
import { API_SCHEMA_VERSION, type ApiKind } from './catalog';
import type { MySqlFamilyRecord, PgBouncerRecord, PostgresRecord } from './records';
import { compileFormat, patternOf } from '../search/matcher';
import type { DatabaseId, FormatDialect } from '../databases';
import { source as postgresSource } from '../databases/postgresql/facts';
import { pgBouncerSource } from '../databases/pgbouncer/facts';
import { mysqlSources, type MySqlFamilyId } from '../databases/mysql-family/facts';
import { serversByMajor } from '../reproduction/observations';
import { memoized } from '../site/memo';

export type ApiRecord = PostgresRecord | MySqlFamilyRecord | PgBouncerRecord;

/** A database server's record: the ones the compact code maps hold. */
export type ServerRecord = PostgresRecord | MySqlFamilyRecord;

/** Where each file says its schema is: a URL on the site, built by the caller. */
export type SchemaUrl = (kind: ApiKind) => string;

const isPostgres = (record: ApiRecord): record is PostgresRecord => 'code' in record;
const isPgBouncer = (record: ApiRecord): record is PgBouncerRecord => 'slug' in record;

/** A record's id in its file's address: 23505, 1062, query_wait_timeout. */
export const recordId = (record: ApiRecord) => (isPostgres(record) ? record.code : isPgBouncer(record) ? record.slug : String(record.number));

const header = (kind: ApiKind, schemaUrl: SchemaUrl) => ({ $schema: schemaUrl(kind), schemaVersion: API_SCHEMA_VERSION });

/** /api/postgresql.json, /api/mysql.json, /api/mariadb.json, /api/pgbouncer.json. */
export function databaseFile(database: DatabaseId, records: readonly ApiRecord[], schemaUrl: SchemaUrl) {
  if (database === 'pgbouncer') return { ...header('pgbouncer', schemaUrl), database, source: pgBouncerSource, messages: records };
  if (database === 'postgresql') {
    return { ...header('postgresql', schemaUrl), database, source: { ...postgresSource, reproducedOn: serversByMajor() }, codes: records };
  }
  return { ...header('mysql-family', schemaUrl), database, source: mysqlSources(database as MySqlFamilyId), errors: records };
}

/**
 * What the compact map says of a code: what a tool that meets it needs first. `retry` is
 * PostgreSQL's verdict (retry.ts); the site has none for MySQL and MariaDB, so null there.
 * `raisedBy` is null for a code PostgreSQL defines but never raises.
 */
export function codeMapEntry(record: ServerRecord) {
  return isPostgres(record)
    ? { name: record.condition, sqlstate: record.code, class: record.class, retry: record.catch.retry.verdict, raisedBy: record.raisedByPostgres ? ('server' as const) : null }
    : { name: record.symbol, sqlstate: record.sqlstate, class: record.class, retry: null, raisedBy: record.raisedBy };
}

/** /api/<database>/codes.json: code (or error number) -> codeMapEntry. */
export function codeMap(database: DatabaseId, records: readonly ServerRecord[], schemaUrl: SchemaUrl) {
  return { ...header('codes', schemaUrl), database, codes: Object.fromEntries(records.map((record) => [recordId(record), codeMapEntry(record)])) };
}

/**
 * The pattern a tool matches a pasted message against, as the site's search compiles the format
 * (matcher.ts): the literal text, whitespace folded, each placeholder any text or a number.
 * Unanchored and case-insensitive. One compile per format and dialect, however many files ask.
 */
export const messagePattern = memoized((key) => {
  const [dialect, format] = key.split('\u0000') as [FormatDialect, string];
  return patternOf(compileFormat(format, dialect)).source;
});

/** The flags every pattern needs: case-insensitive, as the site's search matches them. */
export const PATTERN_FLAGS = 'i';

const CODE_KINDS: Record<DatabaseId, ApiKind> = { postgresql: 'postgresql-code', mysql: 'mysql-family-code', mariadb: 'mysql-family-code', pgbouncer: 'pgbouncer-message' };

/** /api/postgresql/23505.json, /api/mysql/1062.json, /api/pgbouncer/query_wait_timeout.json: the record, each message format with its pattern. */
export function codeFile(database: DatabaseId, dialect: FormatDialect, record: ApiRecord, schemaUrl: SchemaUrl) {
  return {
    ...header(CODE_KINDS[database], schemaUrl),
    database,
    patternFlags: PATTERN_FLAGS,
    ...record,
    messages: record.messages.map((format) => ({ format, pattern: messagePattern(`${dialect}\u0000${format}`) })),
  };
}
