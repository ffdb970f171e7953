// /api/postgresql/23505.json, /api/mysql/1062.json, /api/pgbouncer/<slug>.json: one code, with a pattern for each message format.
import type { APIRoute, GetStaticPaths } from 'astro';
import { systems, getDatabase, type DatabaseId } from '../../../lib/databases';
import { codeFile } from '../../../lib/api/files';
import { apiRecords, schemaUrl } from '../../../lib/api/site-data';
import { jsonResponse } from '../../../lib/site/responses';

export const getStaticPaths = (() =>
  systems.flatMap((database) => database.errors.map((error) => ({ params: { database: database.id, id: error.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const database = getDatabase(params.database as DatabaseId);
  const record = (await apiRecords(database.id)).byId.get(params.id!)!;
  return jsonResponse(codeFile(database.id, database.dialect, record, schemaUrl));
};
