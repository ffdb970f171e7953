// The record each error gets in the API's files, one builder per concept: a PostgreSQL code, a
// MySQL or MariaDB error number, and a SQLSTATE across the three. The whole-database files
// (/api/postgresql.json ...) list these records; the per-code files extend them (code-files.ts).
import { catchBlock } from '../catching/catching';
import { driverLibraries, driverName } from '../catching/mysql-drivers';
import { arrivalsOf } from '../catching/mysql-arrival';
import type { CodeFacts } from '../databases/postgresql/code-facts';
import { printedFormat, type MySqlError, type MySqlFamilyId } from '../databases/mysql-family/facts';
import { errorsWithSqlState } from '../databases';
import type { Entry } from '../entries/entry-schema';
import type { MySqlFamilyEntry } from '../entries/mysql-family-entry';
import { apiFix } from '../entries/fix-proof';
import type { ObservationFile } from '../reproduction/observations';
import type { MySqlObservationFile } from '../reproduction/mysql-observations';
import { sqlStateClassTitle, sqlStateOrigin } from '../sqlstate/sqlstate';
import type { PgBouncerMessage } from '../databases/pgbouncer/facts';
import type { PgBouncerEntry } from '../entries/pgbouncer-entry';
import type { PoolerObservation } from '../reproduction/pgbouncer-observations';

/**
 * A page's address for the API: absolute on the site's origin when the build has one, else the
 * path from the site's root (a relative URL a tool resolves against the file it fetched from).
 */
export function pageUrl(path: string, site: string | URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** `observed` holds each major's run, by major: { "18": { server, raised }, "17": ... } (README: API). */
export type ApiReproduction =
  | { setup?: string; sql: string; observed: ObservationFile['observed'] }
  | { scenario: string; observed: ObservationFile['observed'] }
  | null;

/** A written SQL reproduction with what the server printed, `setup` only where it has one. */
const sqlRun = <T>(reproduction: { setup?: string; sql: string }, observed: T) => ({
  ...(reproduction.setup ? { setup: reproduction.setup } : {}),
  sql: reproduction.sql,
  observed,
});

export function apiReproduction(entry: Entry | undefined, observed: ObservationFile['observed'] | undefined): ApiReproduction {
  const reproduction = entry?.reproduction;
  if (!reproduction || !observed || 'unavailable' in reproduction) return null;
  if ('scenario' in reproduction) return { scenario: reproduction.scenario, observed };
  return sqlRun(reproduction, observed);
}

/**
 * How code catches it:
 * - `arrivals`: the ways the code reaches a client, the one most handlers meet first (empty for
 *   00000): `statement` (an ERROR fails the statement), `connect` (the login is refused),
 *   `session` (a FATAL ends an open session), `notice` (only ever a WARNING, NOTICE or LOG: nothing
 *   is raised), `connection-lost` (a WARNING notice carries the code, then the server closes the
 *   connection and drivers raise their lost-connection error). 57P01 has two: session, connection-lost.
 * - `names`: each library's name for it, null where the library has none and code compares the
 *   SQLSTATE string;
 * - `retry`: the verdict and its reason; `orm`: the ORM wrappers.
 */
export function apiCatch(facts: CodeFacts) {
  const { arrivals, names, retry, orm } = catchBlock(facts);
  return {
    arrivals: arrivals.map((a) => a.arrival),
    names,
    retry: { verdict: retry.verdict, reason: retry.reason },
    orm: orm.map(({ orm, catches, url }) => ({ orm, catches, url })),
  };
}

export function apiRecord(facts: CodeFacts, url: string, entry: Entry | undefined, observed: ObservationFile['observed'] | undefined) {
  const { state } = facts;
  return {
    code: state.code,
    condition: state.condition,
    class: state.class,
    classTitle: facts.classTitle,
    since: state.since,
    removedIn: state.removedIn,
    url,
    raisedByPostgres: facts.raisedByPostgres,
    levels: facts.levels,
    written: entry !== undefined,
    summary: entry?.summary ?? null,
    messages: facts.messages.map((m) => m.format),
    /** Each fix with the majors its check ran on (`tested`), or why it could not run (`untested`); null for codes without an entry. */
    fixes: entry ? entry.fixes.map((fix) => apiFix(fix, 'postgresql')) : null,
    reproduction: apiReproduction(entry, observed),
    catch: apiCatch(facts),
  };
}

export type PostgresRecord = ReturnType<typeof apiRecord>;

/**
 * How code catches a MySQL or MariaDB error: the calls it arrives at (mysql-arrival.ts) and each
 * client library's constant for the number, null where the library has none and code compares
 * the number itself.
 */
export function mysqlApiCatch(error: MySqlError) {
  return {
    arrivals: [...arrivalsOf(error)],
    names: Object.fromEntries(driverLibraries.map((library) => [library.id, driverName(library.id, error.number) ?? null])),
  };
}

/**
 * A MySQL or MariaDB error number. `messages` holds what a client can see: the format the server
 * words it with (1062 uses 1586's), and its own format as well where that other wording is used
 * only in some cases (1292); `wordedAs` says whose text it borrows.
 */
export function mysqlApiRecord(
  database: MySqlFamilyId,
  error: MySqlError,
  url: string,
  entry: MySqlFamilyEntry | undefined,
  observed: MySqlObservationFile | undefined,
) {
  const printed = printedFormat(database, error);
  const classKey = error.sqlstate.slice(0, 2);
  return {
    number: error.number,
    symbol: error.symbol,
    sqlstate: error.sqlstate,
    class: classKey,
    classTitle: sqlStateClassTitle(classKey),
    url,
    raisedBy: error.raisedBy,
    written: entry !== undefined,
    summary: entry?.summary ?? null,
    messages: printed.only ? [printed.format, error.message] : [printed.format],
    wordedAs: printed.from ? { number: printed.from.number, as: printed.as!, only: printed.only ?? null } : null,
    fixes: entry ? entry.fixes.map((fix) => apiFix(fix, database)) : null,
    reproduction: entry && observed && 'sql' in entry.reproduction ? sqlRun(entry.reproduction, observed) : null,
    catch: mysqlApiCatch(error),
  };
}

export type MySqlFamilyRecord = ReturnType<typeof mysqlApiRecord>;

/**
 * A PgBouncer fix: `tested` names the pooler its check ran on (the observations' version, "1.18.0"),
 * as a server's fix names the majors; one that could not run says why.
 */
function pgBouncerFix(fix: PgBouncerEntry['fixes'][number], pooler: string | undefined) {
  const { title, when, lang, code, why } = fix;
  const version = pooler?.replace(/^PgBouncer /, '');
  if (fix.check && version) return { title, when, lang, code, why, tested: [version] };
  return { title, when, lang, code, why, untested: fix.untested ?? 'Its reproduction has not been recorded on the pooler yet.' };
}

/**
 * One message PgBouncer sends: its facts from the source at each release tag, and, where it has
 * a written entry, the fixes and the reproduction with what the real pooler sent node-postgres
 * and printed through psql. `messages` holds its one format, so a tool reads it as it reads a code's.
 */
export function pgBouncerApiRecord(message: PgBouncerMessage, url: string, entry: PgBouncerEntry | undefined, observed: PoolerObservation | undefined) {
  const classKey = message.sqlstate.slice(0, 2);
  const reproduction = entry?.reproduction;
  return {
    slug: message.slug,
    sqlstate: message.sqlstate,
    class: classKey,
    classTitle: sqlStateClassTitle(classKey),
    severity: message.severity,
    console: message.console,
    url,
    versions: message.versions,
    sqlstateFrom: message.sqlstateFrom,
    severityFrom: message.severityFrom,
    locations: message.locations,
    written: entry !== undefined,
    summary: entry?.summary ?? null,
    messages: [message.format],
    fixes: entry ? entry.fixes.map((fix) => pgBouncerFix(fix, observed?.pooler)) : null,
    reproduction:
      reproduction?.steps && observed
        ? { pooler: reproduction.pooler ?? {}, steps: reproduction.steps, observed: { pooler: observed.pooler, node: observed.node, psql: observed.psql ?? null } }
        : null,
  };
}

export type PgBouncerRecord = ReturnType<typeof pgBouncerApiRecord>;

/**
 * One SQLSTATE across the databases: who defines it, and the errors each database reports with
 * it (ids only: each database's own file has the rest).
 */
export function sqlStateApiRecord(code: string, url: string, noteSummary: string | undefined) {
  const classKey = code.slice(0, 2);
  return {
    code,
    class: classKey,
    classTitle: sqlStateClassTitle(classKey),
    origin: sqlStateOrigin(code),
    url,
    summary: noteSummary ?? null,
    databases: Object.fromEntries(
      errorsWithSqlState(code).map(({ database, errors }) => [database.id, errors.map((error) => ({ id: error.id, name: error.name, raised: error.raised }))]),
    ),
  };
}
