// /api/postgresql.json, /api/mysql.json, /api/mariadb.json, /api/pgbouncer.json: every code of a database with its facts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { systems, type DatabaseId } from '../../lib/databases';
import { databaseFile } from '../../lib/api/files';
import { apiRecords, schemaUrl } from '../../lib/api/site-data';
import { jsonResponse } from '../../lib/site/responses';

export const getStaticPaths = (() => systems.map((database) => ({ params: { database: database.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const database = params.database as DatabaseId;
  return jsonResponse(databaseFile(database, (await apiRecords(database)).records, schemaUrl));
};
