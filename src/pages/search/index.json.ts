// /search/index.json: codes, condition names and message formats, loaded by the search page
// on the first query.
import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../../lib/search/build-index';
import { writtenSummaries } from '../../lib/summaries';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchIndex(await writtenSummaries())), {
    headers: { 'Content-Type': 'application/json' },
  });
