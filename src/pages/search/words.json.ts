// /search/words.json: every word of the message formats, the most used first. The search page
// loads it only when a query finds nothing sure, to read misspelt words as their nearest word.
import type { APIRoute } from 'astro';
import { siteVocabulary } from '../../lib/search/site-index';

export const GET: APIRoute = async () => new Response(JSON.stringify(await siteVocabulary()), { headers: { 'Content-Type': 'application/json' } });
