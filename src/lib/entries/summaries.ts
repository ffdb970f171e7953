// The written one-line summaries, by code, for lists and tables.
import { getCollection } from 'astro:content';

export async function writtenSummaries(): Promise<Map<string, string>> {
  return new Map((await getCollection('postgresql')).map((entry) => [entry.data.code, entry.data.summary]));
}

/** The written summaries of a MySQL or MariaDB database's entries, by error number. */
export async function writtenErrorSummaries(database: 'mysql' | 'mariadb'): Promise<Map<number, string>> {
  return new Map((await getCollection(database)).map((entry) => [entry.data.number, entry.data.summary]));
}
