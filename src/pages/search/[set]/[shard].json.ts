// /search/messages/N.json and /search/mysql/N.json: PostgreSQL's, and MySQL's and MariaDB's,
// message formats filed under shard N (src/lib/search/shards.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { SHARD_COUNT } from '../../../lib/search/shards';
import { siteSearchIndex } from '../../../lib/search/site-index';

const SETS = { messages: 'shards', mysql: 'mysqlShards' } as const;

export const getStaticPaths = (() =>
  Object.keys(SETS).flatMap((set) => Array.from({ length: SHARD_COUNT }, (_, shard) => ({ params: { set, shard: String(shard) } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await siteSearchIndex())[SETS[params.set as keyof typeof SETS]][Number(params.shard)]), {
    headers: { 'Content-Type': 'application/json' },
  });
