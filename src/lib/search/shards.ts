// The message formats split by word, so a first search downloads the few shards its words name
// instead of all 5,500 formats. Each format is filed under its two rarest whole words, and under
// every word that few formats use: a pasted message contains every word of its format, and a word
// typed alone ("wraparound") is one of a handful that point at a message. The search page loads
// the shards of every word of the query.
import { literalRuns, wordsOf } from './matcher';
import type { SearchIndex } from './rank';

/** 64 shards of about 2.5 KB gzip each: a pasted message names 5 to 15 of them. */
export const SHARD_COUNT = 64;

/** Words too common to say which message is meant; a query of only these loads no shard. */
const STOPWORDS = new Set(
  'the and for not are but was has have had can could cannot must should would will with from into onto that this than then there these those its their which when where what while does did done been being only also such other more some any all each per via use used using may might shall'.split(
    ' ',
  ),
);

const eligible = (word: string) => word.length >= 3 && !STOPWORDS.has(word);

/**
 * A word used by this many formats or fewer says which messages are meant, so each of them is
 * filed under it. 24 keeps "vacuum" (19 formats) and "wraparound" (10) and costs the shards 15%.
 */
const TELLING_WORD_FORMATS = 24;

/** FNV-1a: the same shard for a word in the build and in the browser. */
export function shardOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SHARD_COUNT;
}

/**
 * The format's words that any instance of it contains whole: "duplicate key value violates unique
 * constraint" from `duplicate key value violates unique constraint "%s"`, but not "seq" from `%s_seq`.
 */
export function wholeWordsOf(format: string): string[] {
  const runs = literalRuns(format);
  const words = runs.flatMap((run, i) => {
    const runWords = run.match(/[\p{L}\p{N}_]+/gu) ?? [];
    // A word touching a placeholder is only part of what the message prints there.
    const touchesBefore = i > 0 && /^[\p{L}\p{N}_]/u.test(run);
    const touchesAfter = i < runs.length - 1 && /[\p{L}\p{N}_]$/u.test(run);
    return runWords.filter((_, j) => !(j === 0 && touchesBefore) && !(j === runWords.length - 1 && touchesAfter));
  });
  return [...new Set(words.map((word) => word.toLowerCase()).filter(eligible))];
}

/** The shards a search for `text` loads: one per distinct word worth looking up. */
export function queryShards(text: string): number[] {
  const words = wordsOf(text).split(' ').filter(eligible);
  return [...new Set(words.map(shardOf))].sort((a, b) => a - b);
}

/** A message as a shard ships it: the code itself, not its place in the core index, so a shard never depends on the core's order. */
export type ShardMessage = [code: string, format: string, levels: string, sites: number, versions?: string];

export interface ShardedIndex {
  /** Loaded on every search: codes, condition names and snippets, and formats with no word to file them under. */
  core: { codes: SearchIndex['codes']; messages: ShardMessage[] };
  shards: ShardMessage[][];
}

/** Files each message under the shards of its two rarest whole words (by how many formats use them) and of its telling words. */
export function shardIndex(index: SearchIndex): ShardedIndex {
  const formatsUsing = new Map<string, number>();
  const wordsByFormat = new Map<string, string[]>();
  for (const [, format] of index.messages) {
    if (wordsByFormat.has(format)) continue;
    const words = wholeWordsOf(format);
    wordsByFormat.set(format, words);
    for (const word of words) formatsUsing.set(word, (formatsUsing.get(word) ?? 0) + 1);
  }
  const core: ShardedIndex['core'] = { codes: index.codes, messages: [] };
  const shards: ShardMessage[][] = Array.from({ length: SHARD_COUNT }, () => []);
  for (const [codeIndex, format, ...rest] of index.messages) {
    const message: ShardMessage = [index.codes[codeIndex]![0], format, ...rest];
    const byRarity = [...wordsByFormat.get(format)!].sort((a, b) => formatsUsing.get(a)! - formatsUsing.get(b)! || a.localeCompare(b));
    if (byRarity.length === 0) core.messages.push(message);
    const filedUnder = [...byRarity.slice(0, 2), ...byRarity.filter((word) => formatsUsing.get(word)! <= TELLING_WORD_FORMATS)];
    for (const shard of new Set(filedUnder.map(shardOf))) shards[shard]!.push(message);
  }
  return { core, shards };
}

/** The index the ranking reads, from the core and whichever shards have loaded; a message filed twice counts once. */
export function joinShards(core: ShardedIndex['core'], shards: readonly ShardMessage[][]): SearchIndex {
  const codeIndex = new Map(core.codes.map(([code], i) => [code, i]));
  const seen = new Set<string>();
  const messages: SearchIndex['messages'] = [];
  for (const [code, format, ...rest] of [...core.messages, ...shards.flat()]) {
    const key = `${code}\u0000${format}`;
    const i = codeIndex.get(code);
    if (i === undefined || seen.has(key)) continue;
    seen.add(key);
    messages.push([i, format, ...rest]);
  }
  return { codes: core.codes, messages };
}
