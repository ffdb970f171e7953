// The written one-line summaries, by code, for lists and tables.
import { getCollection } from 'astro:content';

export async function writtenSummaries(): Promise<Map<string, string>> {
  return new Map((await getCollection('postgresql')).map((entry) => [entry.data.code, entry.data.summary]));
}

/** The written summaries of a MySQL or MariaDB database's entries, by error number. */
export async function writtenErrorSummaries(database: 'mysql' | 'mariadb'): Promise<Map<number, string>> {
  return new Map((await getCollection(database)).map((entry) => [entry.data.number, entry.data.summary]));
}

/** The written summaries of PgBouncer's entries, by message slug. */
export async function writtenPgBouncerSummaries(): Promise<Map<string, string>> {
  return new Map((await getCollection('pgbouncer')).map((entry) => [entry.data.slug, entry.data.summary]));
}

/** Every written summary by search key: 23505, mysql/1062, mariadb/1062, pgbouncer/query_wait_timeout, sqlstate/08004. */
export async function summariesByKey(): Promise<Map<string, string>> {
  const keyed = (prefix: string, entries: Map<string | number, string>) => [...entries].map(([id, summary]) => [`${prefix}${id}`, summary] as const);
  const notes = new Map((await getCollection('sqlstate')).map((note) => [note.data.code, note.data.summary]));
  return new Map([
    ...keyed('', await writtenSummaries()),
    ...keyed('mysql/', await writtenErrorSummaries('mysql')),
    ...keyed('mariadb/', await writtenErrorSummaries('mariadb')),
    ...keyed('pgbouncer/', await writtenPgBouncerSummaries()),
    ...keyed('sqlstate/', notes),
  ]);
}
