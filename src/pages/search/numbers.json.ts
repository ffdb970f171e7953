// /search/numbers.json: every MySQL and MariaDB error's row (key, symbol, snippet), loaded by the
// search page only for a query that names an error by number or symbol.
import type { APIRoute } from 'astro';
import { siteSearchIndex } from '../../lib/search/site-index';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await siteSearchIndex()).numbers), { headers: { 'Content-Type': 'application/json' } });
