// Where a popular ORM hands the error to application code in a type of its own: only mappings the
// ORM itself documents or defines, each with the link that shows it.
import { dbApiClasses, type DbApiClass } from './library-names';
import { PRISMA_CODES } from '../databases/postgresql/prisma-codes';
import type { SqlState } from '../databases/postgresql/facts';
import type { Arrival } from './arrivals';

export interface OrmNote {
  orm: string;
  /** What application code catches. */
  catches: string;
  /** How to get back to the SQLSTATE or the driver's error from it. */
  detail: string;
  url: string;
}

/** ActiveRecord's PostgreSQLAdapter#translate_exception, code by code. */
const ACTIVE_RECORD_CLASSES: Readonly<Record<string, string>> = {
  '22001': 'ActiveRecord::ValueTooLong',
  '22003': 'ActiveRecord::RangeError',
  '23502': 'ActiveRecord::NotNullViolation',
  '23503': 'ActiveRecord::InvalidForeignKey',
  '23505': 'ActiveRecord::RecordNotUnique',
  '40001': 'ActiveRecord::SerializationFailure',
  '40P01': 'ActiveRecord::Deadlocked',
  '42P04': 'ActiveRecord::DatabaseAlreadyExists',
  '55P03': 'ActiveRecord::LockWaitTimeout',
  '57014': 'ActiveRecord::QueryCanceled',
};

const ACTIVE_RECORD_SOURCE =
  'https://github.com/rails/rails/blob/main/activerecord/lib/active_record/connection_adapters/postgresql_adapter.rb';
const DJANGO_DOCS = 'https://docs.djangoproject.com/en/stable/ref/exceptions/#database-exceptions';
const SQLALCHEMY_DOCS = 'https://docs.sqlalchemy.org/en/20/core/exceptions.html#sqlalchemy.exc.DBAPIError';

/** "X" when both Python drivers agree, else which driver gives which. */
function byDriver(prefix: string, classes: { psycopg: DbApiClass; psycopg2: DbApiClass }): string {
  return classes.psycopg === classes.psycopg2
    ? `${prefix}${classes.psycopg}`
    : `${prefix}${classes.psycopg} (psycopg 3) or ${prefix}${classes.psycopg2} (psycopg2)`;
}

/**
 * Why libpq-based drivers raise a plain OperationalError without the SQLSTATE, by the way the code
 * arrives: a refused login is text to libpq, and a closed connection is all it reports of a FATAL
 * that ends a busy session (tests/drivers sees both).
 */
const NO_SQLSTATE: Partial<Record<Arrival, string>> = {
  connect: 'no SQLSTATE: libpq reports a refused login as text',
  session: 'no SQLSTATE: libpq reports a lost connection',
  'connection-lost': 'no SQLSTATE: libpq reports a lost connection',
};

/** The notes for a code, by the way it first arrives; a notice reaches no ORM's error handling. */
export function ormNotes(state: SqlState, arrival: Arrival | undefined): OrmNote[] {
  if (state.kind !== 'error' || arrival === undefined || arrival === 'notice') return [];
  const notes: OrmNote[] = [];
  const prisma = PRISMA_CODES[state.code];
  if (prisma) {
    notes.push({
      orm: 'Prisma',
      catches: 'Prisma.PrismaClientKnownRequestError',
      detail: `code ${prisma.code}; meta names the fields`,
      url: `https://www.prisma.io/docs/orm/reference/error-reference#${prisma.anchor}`,
    });
  }
  const cause = NO_SQLSTATE[arrival] ?? null;
  const classes = cause ? { psycopg: 'OperationalError' as const, psycopg2: 'OperationalError' as const } : dbApiClasses(state);
  notes.push({
    orm: 'Django',
    catches: byDriver('django.db.', classes),
    detail: cause ?? '__cause__ is the driver’s error',
    url: DJANGO_DOCS,
  });
  notes.push({
    orm: 'SQLAlchemy',
    catches: byDriver('sqlalchemy.exc.', classes),
    detail: cause ?? '.orig is the driver’s error',
    url: SQLALCHEMY_DOCS,
  });
  const activeRecord = ACTIVE_RECORD_CLASSES[state.code];
  if (activeRecord) {
    notes.push({
      orm: 'Active Record',
      catches: activeRecord,
      detail: 'cause is the PG:: error',
      url: ACTIVE_RECORD_SOURCE,
    });
  }
  return notes;
}
