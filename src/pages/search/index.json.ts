// /search/index.json: codes, condition names and snippets, loaded by the search page on the first
// query together with the message shards (/search/messages/N.json) the query's words name.
import type { APIRoute } from 'astro';
import { siteSearchIndex } from '../../lib/search/site-index';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await siteSearchIndex()).core), { headers: { 'Content-Type': 'application/json' } });
