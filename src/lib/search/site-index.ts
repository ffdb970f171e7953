// The search index of this build, worked out once for the core and all 64 shard endpoints.
import { writtenSummaries } from '../summaries';
import { buildSearchIndex } from './build-index';
import { shardIndex, type ShardedIndex } from './shards';

let sharded: Promise<ShardedIndex> | undefined;

export function siteSearchIndex(): Promise<ShardedIndex> {
  sharded ??= writtenSummaries().then((summaries) => shardIndex(buildSearchIndex(summaries)));
  return sharded;
}
