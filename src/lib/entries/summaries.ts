// The written one-line summaries, by code, for lists and tables.
import { getCollection } from 'astro:content';

export async function writtenSummaries(): Promise<Map<string, string>> {
  return new Map((await getCollection('postgresql')).map((entry) => [entry.data.code, entry.data.summary]));
}
