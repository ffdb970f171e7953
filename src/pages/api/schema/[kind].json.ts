// /api/schema/<kind>.json: the JSON Schema (draft 2020-12) of each kind of API file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_KINDS, type ApiKind } from '../../../lib/api/catalog';
import { apiSchema } from '../../../lib/api/schemas';
import { schemaUrl } from '../../../lib/api/site-data';
import { jsonResponse } from '../../../lib/site/responses';

export const getStaticPaths = (() => API_KINDS.map(({ kind }) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const kind = params.kind as ApiKind;
  return jsonResponse(apiSchema(kind, schemaUrl(kind)));
};
