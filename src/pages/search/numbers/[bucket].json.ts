// /search/numbers/N.json: the rows of MySQL's and MariaDB's errors numbered N*100 to N*100+99,
// loaded by the search page for a paste that carries one of those numbers (shards.ts, numberBucket).
import type { APIRoute, GetStaticPaths } from 'astro';
import { numbersByBucket } from '../../../lib/search/shards';
import { siteSearchIndex } from '../../../lib/search/site-index';

export const getStaticPaths = (async () => [...numbersByBucket((await siteSearchIndex()).numbers).keys()].map((bucket) => ({ params: { bucket: String(bucket) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(numbersByBucket((await siteSearchIndex()).numbers).get(Number(params.bucket)) ?? []), { headers: { 'Content-Type': 'application/json' } });
