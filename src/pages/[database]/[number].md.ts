// /mysql/<number>.md and /mariadb/<number>.md: the Markdown copy of each written entry.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { entryMarkdown, mysqlMarkdownEntry } from '../../lib/entries/markdown';
import { findMySqlError, MYSQL_FAMILY, type MySqlFamilyId } from '../../lib/databases/mysql-family/facts';
import { mysqlApiRecord } from '../../lib/api/records';
import { apiUrl } from '../../lib/api/site-data';
import { markdownResponse } from '../../lib/site/responses';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const database of MYSQL_FAMILY) {
    for (const entry of await getCollection(database)) paths.push({ params: { database, number: String(entry.data.number) }, props: { database, entry } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { database, entry } = props as { database: MySqlFamilyId; entry: CollectionEntry<'mysql'> | CollectionEntry<'mariadb'> };
  const url = apiUrl(`${database}/${entry.data.number}/`);
  const { messages } = mysqlApiRecord(database, findMySqlError(database, entry.data.number)!, url, undefined, undefined);
  return markdownResponse(entryMarkdown(mysqlMarkdownEntry(database, entry.data, entry.body ?? '', url, messages), import.meta.env.BASE_URL));
};
