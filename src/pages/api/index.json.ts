// /api/index.json: every file of the API with its schema and the schema version.
import type { APIRoute } from 'astro';
import { apiIndex } from '../../lib/api/catalog';
import { schemaUrl } from '../../lib/api/site-data';
import { jsonResponse } from '../../lib/site/responses';

export const GET: APIRoute = () => jsonResponse(apiIndex(schemaUrl));
