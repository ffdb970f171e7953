// The API's files: their kinds, their addresses and their schemas. /api/index.json, the /api/ page
// and llms.txt all read this list, so a file cannot be served without being listed.
import { databases, systems, type Database, type DatabaseId } from '../databases';

/** Bumped when a field is removed or changes meaning; new fields keep the version. */
export const API_SCHEMA_VERSION = 1;

export type ApiKind = 'index' | 'postgresql' | 'mysql-family' | 'pgbouncer' | 'sqlstate' | 'codes' | 'postgresql-code' | 'mysql-family-code' | 'pgbouncer-message';

export interface ApiKindInfo {
  kind: ApiKind;
  /** What a tool finds in a file of this kind, in one sentence. */
  description: string;
  /** The address of one file of the kind, relative to the site's base, with {placeholders}. */
  pattern: string;
  /** One real file of the kind, for the /api/ page to link. */
  example: string;
}

export const API_KINDS: readonly ApiKindInfo[] = [
  { kind: 'index', example: 'api/index.json', pattern: 'api/index.json', description: 'Every file of the API, grouped by kind, with its schema and the schema version.' },
  { kind: 'postgresql', example: 'api/postgresql.json', pattern: 'api/postgresql.json', description: 'Every PostgreSQL SQLSTATE with its facts, messages, written fixes, recorded reproduction and how to catch it.' },
  { kind: 'mysql-family', example: 'api/mysql.json', pattern: 'api/{mysql,mariadb}.json', description: 'Every MySQL or MariaDB error number with its symbol, SQLSTATE, message formats, written fixes and how to catch it.' },
  { kind: 'pgbouncer', example: 'api/pgbouncer.json', pattern: 'api/pgbouncer.json', description: 'Every message PgBouncer sends a client, with its SQLSTATE, severity, source lines and versions, written fixes and recorded reproduction.' },
  { kind: 'sqlstate', example: 'api/sqlstate.json', pattern: 'api/sqlstate.json', description: 'Every SQLSTATE any of the three databases or PgBouncer uses, with the errors each reports with it.' },
  { kind: 'codes', example: 'api/postgresql/codes.json', pattern: 'api/{database}/codes.json', description: 'A compact map per database from each code to its name, SQLSTATE, class, retry verdict and who raises it.' },
  { kind: 'postgresql-code', example: 'api/postgresql/23505.json', pattern: 'api/postgresql/{code}.json', description: 'One PostgreSQL code: its record from postgresql.json, each message format with a pattern that matches the message.' },
  { kind: 'mysql-family-code', example: 'api/mysql/1062.json', pattern: 'api/{mysql,mariadb}/{number}.json', description: 'One MySQL or MariaDB error: its record from mysql.json or mariadb.json, each message format with a pattern.' },
  { kind: 'pgbouncer-message', example: 'api/pgbouncer/query_wait_timeout.json', pattern: 'api/pgbouncer/{slug}.json', description: 'One PgBouncer message: its record from pgbouncer.json, its format with a pattern that matches the message.' },
];

/** The schema of a kind, relative to the site's base. */
export const schemaPath = (kind: ApiKind) => `api/schema/${kind}.json`;

/** The whole-database file: api/postgresql.json, api/mysql.json. */
export const databaseFilePath = (database: DatabaseId) => `api/${database}.json`;
export const codeMapPath = (database: DatabaseId) => `api/${database}/codes.json`;
export const codeFilePath = (database: DatabaseId, id: string) => `api/${database}/${id}.json`;

const databaseKind = (database: Database): ApiKind => (database.id === 'postgresql' || database.id === 'pgbouncer' ? database.id : 'mysql-family');
const codeKind = (database: Database): ApiKind => (database.id === 'postgresql' ? 'postgresql-code' : database.id === 'pgbouncer' ? 'pgbouncer-message' : 'mysql-family-code');

/** Every file of the API, relative to the site's base, by kind. */
export function apiFiles(): { kind: ApiKind; files: string[] }[] {
  const ofKind = (kind: ApiKind, files: string[]) => ({ kind, files });
  return [
    ofKind('index', ['api/index.json']),
    ...(['postgresql', 'mysql-family', 'pgbouncer'] as const).map((kind) =>
      ofKind(kind, systems.filter((d) => databaseKind(d) === kind).map((d) => databaseFilePath(d.id))),
    ),
    ofKind('sqlstate', ['api/sqlstate.json']),
    // The compact maps hold what a server's code needs first (a retry verdict, who raises it); PgBouncer's file is small enough whole.
    ofKind('codes', databases.map((d) => codeMapPath(d.id))),
    ...(['postgresql-code', 'mysql-family-code', 'pgbouncer-message'] as const).map((kind) =>
      ofKind(kind, systems.filter((d) => codeKind(d) === kind).flatMap((d) => d.errors.map((e) => codeFilePath(d.id, e.id)))),
    ),
  ];
}

/** /api/index.json: every file with its schema; paths are relative to the site's base. */
export function apiIndex(schemaUrl: (kind: ApiKind) => string) {
  return {
    $schema: schemaUrl('index'),
    schemaVersion: API_SCHEMA_VERSION,
    kinds: apiFiles().map(({ kind, files }) => ({
      kind,
      description: API_KINDS.find((k) => k.kind === kind)!.description,
      schema: schemaPath(kind),
      files,
    })),
  };
}
