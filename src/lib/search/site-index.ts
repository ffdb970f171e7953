// The search index of this build, worked out once for the core, all 256 shard endpoints (128 a
// set) and the vocabulary the typo correction reads.
import { summariesByKey } from '../entries/summaries';
import { buildSearchIndex } from './build-index';
import { shardIndex, type ShardedIndex } from './shards';
import type { SearchIndex } from './rank';
import { vocabularyOf } from './typos';

let whole: Promise<SearchIndex> | undefined;
const wholeIndex = () => (whole ??= summariesByKey().then(buildSearchIndex));

let sharded: Promise<ShardedIndex> | undefined;

export function siteSearchIndex(): Promise<ShardedIndex> {
  sharded ??= wholeIndex().then(shardIndex);
  return sharded;
}

/** The messages' words, most used first: /search/words.json. */
export async function siteVocabulary(): Promise<string[]> {
  return vocabularyOf(await wholeIndex());
}
