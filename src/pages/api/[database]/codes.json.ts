// /api/<database>/codes.json: the compact map from each code to its name, class, retry verdict and raiser.
import type { APIRoute, GetStaticPaths } from 'astro';
import { databases, type DatabaseId } from '../../../lib/databases';
import { codeMap, type ServerRecord } from '../../../lib/api/files';
import { apiRecords, schemaUrl } from '../../../lib/api/site-data';
import { jsonResponse } from '../../../lib/site/responses';

export const getStaticPaths = (() => databases.map((database) => ({ params: { database: database.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const database = params.database as DatabaseId;
  // The servers only (getStaticPaths): their records are servers' records.
  return jsonResponse(codeMap(database, (await apiRecords(database)).records as ServerRecord[], schemaUrl));
};
