// /search/messages/N.json: the message formats filed under shard N (src/lib/search/shards.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { SHARD_COUNT } from '../../../lib/search/shards';
import { siteSearchIndex } from '../../../lib/search/site-index';

export const getStaticPaths = (() => Array.from({ length: SHARD_COUNT }, (_, shard) => ({ params: { shard: String(shard) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await siteSearchIndex()).shards[Number(params.shard)]), { headers: { 'Content-Type': 'application/json' } });
