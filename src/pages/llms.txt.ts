// /llms.txt: the site's map for AI tools (src/lib/site/llms.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { llmsTxt } from '../lib/site/llms';
import { databases, sqlStatesInUse, systems } from '../lib/databases';
import { findSqlState } from '../lib/databases/postgresql/facts';
import { findMySqlError, MYSQL_FAMILY } from '../lib/databases/mysql-family/facts';
import { codeMapPath, databaseFilePath } from '../lib/api/catalog';
import { apiUrl } from '../lib/api/site-data';
import { textResponse } from '../lib/site/responses';

export const GET: APIRoute = async () => {
  const postgresEntries = (await getCollection('postgresql'))
    .filter((e) => findSqlState(e.data.code))
    .map((e) => ({ title: `${e.data.code} ${e.data.condition}`, markdownUrl: apiUrl(`postgresql/${e.data.code}.md`), summary: e.data.summary }));
  const familyEntries = Object.fromEntries(
    await Promise.all(
      MYSQL_FAMILY.map(async (database) => [
        database,
        (await getCollection(database)).map((e) => ({ title: `${e.data.number} ${findMySqlError(database, e.data.number)!.symbol}`, markdownUrl: apiUrl(`${database}/${e.data.number}.md`), summary: e.data.summary })),
      ]),
    ),
  );
  const text = llmsTxt({
    databases: systems.map((d) => ({
      name: d.name,
      url: apiUrl(d.path),
      errors: d.errors.length,
      unit: d.unit,
      listing: d.listedBy === 'id' ? 'by class and number' : 'with its SQLSTATE',
      apiFile: apiUrl(databaseFilePath(d.id)),
      // PgBouncer's entries have no Markdown copy (yet): its written pages are listed on its index.
      entries: d.id === 'postgresql' ? postgresEntries : (familyEntries[d.id] ?? []),
    })),
    sqlstate: { url: apiUrl('sqlstate/'), count: sqlStatesInUse.length },
    api: { page: apiUrl('api/'), index: apiUrl('api/index.json'), codeMaps: databases.map((d) => ({ name: d.name, url: apiUrl(codeMapPath(d.id)) })) },
    search: apiUrl('search/'),
  });
  return textResponse(text);
};
