// The databases the site covers, each as an adapter over its facts: the pages and the search
// iterate over this list, so adding a database is adding its data, its entries and an adapter.
// PgBouncer, a pooler in front of PostgreSQL, is a system of its own beside them: it sends
// messages with SQLSTATEs, so the SQLSTATE pages, the search and the API list it, but it is not a
// database a reader browses by code (the header's links stay the three servers').
import { messagesOf, sqlStates } from './postgresql/facts';
import { pgBouncerMessages } from './pgbouncer/facts';
import { codeFacts } from './postgresql/code-facts';
import { familyName, MYSQL_FAMILY, mysqlErrors, type MySqlFamilyId } from './mysql-family/facts';
import { CATCH_STACKS } from '../catching/catching';
import { DRIVER_STACKS } from '../catching/mysql-drivers';

export type DatabaseId = 'postgresql' | MySqlFamilyId | 'pgbouncer';

/** One error a database reports, as the cross-database pages and the search list it. */
export interface ReportedError {
  database: DatabaseId;
  /** Its identifier in its database: the SQLSTATE 23505 in PostgreSQL, the number 1062 in MySQL. */
  id: string;
  /** Its name there: unique_violation, ER_DUP_ENTRY; PgBouncer's messages have none but their text. */
  name: string;
  /** The SQLSTATE it is reported with. */
  sqlstate: string;
  /** Its message formats, as the database's source spells them. */
  messages: string[];
  /** Whether the database ever reports it (PostgreSQL defines codes its core never raises). */
  raised: boolean;
  /** Its page, relative to the site's base: "postgresql/23505/", "mysql/1062/". */
  path: string;
}

/** How a database's source writes placeholders in its message formats (the search compiles them). */
export type FormatDialect = 'postgres' | 'mysql' | 'mariadb';

export interface Database {
  id: DatabaseId;
  /** The name readers know: PostgreSQL, MySQL, MariaDB. */
  name: string;
  /** Its index page, relative to the site's base. */
  path: string;
  dialect: FormatDialect;
  /** What one of its errors is called in a count: SQLSTATE, error number, message. */
  unit: string;
  /**
   * Whether a list names an error by its id and name (23505 unique_violation, 1062 ER_DUP_ENTRY)
   * or, where the id is only the message's words (PgBouncer's slugs), by the message itself.
   */
  listedBy: 'id' | 'message';
  /** Where a long list of its errors under one SQLSTATE sends the reader for the rest: a page relative to the site's base, and its link text. */
  restOf: (classKey: string) => { path: string; label: string };
  /** Every error it defines, in its own order. */
  errors: readonly ReportedError[];
  /** The stacks (client libraries) its catch and fix tabs offer, by id; the reader's choice carries across pages. */
  stacks: readonly Stack[];
}

/** A client library a reader may work in: a tab of "Catch it in code", and of a fix written per stack. */
export interface Stack {
  /** Its id, as entries name it and panel ids end: node-postgres, psycopg, mysql2. */
  id: string;
  /** Its tab's label, the same in every group, which the reader's choice is remembered by: psycopg 3, Node.js (mysql2). */
  label: string;
}

const postgresql: Database = {
  id: 'postgresql',
  name: 'PostgreSQL',
  path: 'postgresql/',
  dialect: 'postgres',
  unit: 'SQLSTATE',
  listedBy: 'id',
  restOf: (classKey) => ({ path: `postgresql/class/${classKey}/`, label: `class ${classKey} page` }),
  errors: sqlStates.map((state) => ({
    database: 'postgresql',
    id: state.code,
    name: state.condition,
    sqlstate: state.code,
    messages: messagesOf(state.code).map((m) => m.format),
    raised: codeFacts(state.code).raisedByPostgres,
    path: `postgresql/${state.code}/`,
  })),
  stacks: CATCH_STACKS,
};

const mysqlFamily = (id: MySqlFamilyId): Database => ({
  id,
  name: familyName(id),
  path: `${id}/`,
  dialect: id,
  unit: 'error number',
  listedBy: 'id',
  restOf: (classKey) => ({ path: `${id}/class/${classKey}/`, label: `class ${classKey} page` }),
  errors: mysqlErrors(id).map((error) => ({
    database: id,
    id: String(error.number),
    name: error.symbol,
    sqlstate: error.sqlstate,
    messages: [error.message],
    raised: true,
    path: `${id}/${error.number}/`,
  })),
  stacks: DRIVER_STACKS,
});

/**
 * PgBouncer's messages, the admin console's included: its clients speak PostgreSQL's protocol, so
 * they catch them as PostgreSQL's drivers do. Its messages are printf formats, as PostgreSQL's are.
 * It has no class pages: every message but one is 08P01, so its index is the list of the rest.
 */
const pgbouncer: Database = {
  id: 'pgbouncer',
  name: 'PgBouncer',
  path: 'pgbouncer/',
  dialect: 'postgres',
  unit: 'message',
  listedBy: 'message',
  restOf: () => ({ path: 'pgbouncer/', label: 'PgBouncer index' }),
  errors: pgBouncerMessages.map((message) => ({
    database: 'pgbouncer',
    id: message.slug,
    name: message.format,
    sqlstate: message.sqlstate,
    messages: [message.format],
    raised: true,
    path: `pgbouncer/${message.slug}/`,
  })),
  stacks: CATCH_STACKS,
};

/** The database servers, the ones the header and the browse pages offer. */
export const databases: readonly Database[] = [postgresql, ...MYSQL_FAMILY.map(mysqlFamily)];

/** Every system whose errors the site lists: the servers, then the pooler in front of PostgreSQL. */
export const systems: readonly Database[] = [...databases, pgbouncer];

export function getDatabase(id: DatabaseId): Database {
  return systems.find((database) => database.id === id)!;
}

const bySqlState = new Map<string, ReportedError[]>();
for (const database of systems) {
  for (const error of database.errors) bySqlState.set(error.sqlstate, [...(bySqlState.get(error.sqlstate) ?? []), error]);
}

/** Every SQLSTATE any database uses, sorted. */
export const sqlStatesInUse: readonly string[] = [...bySqlState.keys()].sort();

/** The errors each database reports with a SQLSTATE, database by database (empty lists left out). */
export function errorsWithSqlState(code: string): { database: Database; errors: ReportedError[] }[] {
  const errors = bySqlState.get(code) ?? [];
  return systems
    .map((database) => ({ database, errors: errors.filter((e) => e.database === database.id) }))
    .filter(({ errors }) => errors.length > 0);
}
