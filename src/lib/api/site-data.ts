// The API's records for one database, built once per build from the data and the written
// entries: the whole-database file, the compact map and every per-code file of the database
// read the same records, so thousands of per-code files cost one pass over the data.
import { getCollection } from 'astro:content';
import { apiRecord, mysqlApiRecord, pageUrl, pgBouncerApiRecord } from './records';
import { recordId, type ApiRecord } from './files';
import { schemaPath, type ApiKind } from './catalog';
import type { DatabaseId } from '../databases';
import { codeFacts } from '../databases/postgresql/code-facts';
import { sqlStates } from '../databases/postgresql/facts';
import { mysqlErrors, type MySqlFamilyId } from '../databases/mysql-family/facts';
import { pgBouncerMessages } from '../databases/pgbouncer/facts';
import { poolerObservation } from '../reproduction/pgbouncer-observations';
import { observationOf, observedRuns } from '../reproduction/observations';
import { mariadbObservation } from '../reproduction/mariadb-runs';
import { memoized } from '../site/memo';
import { withBase } from '../site/urls';

/** The site's origin, when the build has one (records.ts: pageUrl). */
const site = import.meta.env.SITE;

/** A path under the site's base, as the API gives addresses: "postgresql/23505/" -> https://site/base/postgresql/23505/. */
export const apiUrl = (path: string) => pageUrl(withBase(path), site);

export const schemaUrl = (kind: ApiKind) => apiUrl(schemaPath(kind));

async function postgresRecords(): Promise<ApiRecord[]> {
  const entries = new Map((await getCollection('postgresql')).map((e) => [e.data.code, e.data]));
  return sqlStates.map((state) => {
    const entry = entries.get(state.code);
    const observed = observationOf(state.code) ? observedRuns(state.code) : undefined;
    return apiRecord(codeFacts(state.code, entry?.commonMessages), apiUrl(`postgresql/${state.code}/`), entry, observed);
  });
}

async function mysqlFamilyRecords(database: MySqlFamilyId): Promise<ApiRecord[]> {
  const entries = new Map((await getCollection(database)).map((e) => [e.data.number, e.data]));
  return mysqlErrors(database).map((error) => {
    const entry = entries.get(error.number);
    const observed = database === 'mariadb' && entry ? mariadbObservation(error.number) : undefined;
    return mysqlApiRecord(database, error, apiUrl(`${database}/${error.number}/`), entry, observed);
  });
}

async function pgBouncerRecords(): Promise<ApiRecord[]> {
  const entries = new Map((await getCollection('pgbouncer')).map((e) => [e.data.slug, e.data]));
  return pgBouncerMessages.map((message) => pgBouncerApiRecord(message, apiUrl(`pgbouncer/${message.slug}/`), entries.get(message.slug), poolerObservation(message.slug)));
}

/** Every record of the database in its own order, and by id ("23505", "1062", "query_wait_timeout"). */
export const apiRecords = memoized(async (database) => {
  const id = database as DatabaseId;
  const records = id === 'postgresql' ? await postgresRecords() : id === 'pgbouncer' ? await pgBouncerRecords() : await mysqlFamilyRecords(id);
  return { records, byId: new Map(records.map((record) => [recordId(record), record])) };
});
