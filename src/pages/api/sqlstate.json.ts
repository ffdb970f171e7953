// /api/sqlstate.json: every SQLSTATE any database uses, with the errors each reports with it (the /sqlstate/ pages' view).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sqlStatesInUse } from '../../lib/databases';
import { sqlStateApiRecord } from '../../lib/api/records';
import { API_SCHEMA_VERSION } from '../../lib/api/catalog';
import { apiUrl, schemaUrl } from '../../lib/api/site-data';
import { jsonResponse } from '../../lib/site/responses';

export const GET: APIRoute = async () => {
  const notes = new Map((await getCollection('sqlstate')).map((note) => [note.data.code, note.data.summary]));
  const sqlstates = sqlStatesInUse.map((code) => sqlStateApiRecord(code, apiUrl(`sqlstate/${code}/`), notes.get(code)));
  return jsonResponse({ $schema: schemaUrl('sqlstate'), schemaVersion: API_SCHEMA_VERSION, sqlstates });
};
