// The message formats split by word, so a first search downloads the few shards its words name
// instead of all 5,500 formats. Each format is filed under its two rarest whole words, and under
// every word that few formats use: a pasted message contains every word of its format, and a word
// typed alone ("wraparound") is one of a handful that point at a message. The search page loads
// the shards of every word of the query.
import { literalRuns, wordsOf } from './matcher';
import { cleanQuery } from './query';
import type { SearchIndex } from './rank';
import type { FormatDialect } from '../databases';
import { databaseOfKey, dialectOf } from './which-database';
import { DRIVER_PHRASES } from './driver-phrases';
import { STOPWORDS } from './stopwords';

/**
 * 128 shards a set, about 2.3 KB gzip each for PostgreSQL's and 4 KB for MySQL's: a pasted message
 * names 5 to 20 of them. With 64, a paste loaded nearly twice the formats, most filed under words
 * it does not hold, and a phone paid for each twice: in bytes, and in compiling and ranking it
 * (issue 23). Not more: with 256, the largest MySQL shard held four times the mean (170 formats),
 * words that many formats are filed under weighing more than the hash's spread.
 */
export const SHARD_COUNT = 128;

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
export function wholeWordsOf(format: string, dialect: FormatDialect = 'postgres'): string[] {
  const runs = literalRuns(format, dialect);
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

/** The shards a search for a paste loads: its message's words and its DETAIL and HINT lines' words. */
export function pasteShards(input: string): number[] {
  const { text, detailLines } = cleanQuery(input);
  return queryShards([text, ...detailLines].join(' '));
}

/** A message as a shard ships it: the key itself, not its place in the core index, so a shard never depends on the core's order. */
export type ShardMessage = [key: string, format: string, levels: string, sites: number, versions?: string];

/** A shard: its messages, and the rows of the keys they belong to that the core leaves out. */
export interface Shard {
  codes: SearchIndex['codes'];
  messages: ShardMessage[];
}

export interface ShardedIndex {
  /**
   * Loaded on every search: PostgreSQL's codes and the SQLSTATE pages with their names and
   * snippets, and the formats with no word to file them under. MySQL's and MariaDB's 3,000
   * errors would triple it: their rows travel with their messages, and in `numbers`.
   */
  core: { codes: SearchIndex['codes']; messages: ShardMessage[] };
  /** PostgreSQL's formats by word (/search/messages/N.json). */
  shards: Shard[];
  /**
   * MySQL's and MariaDB's formats by word (/search/mysql/N.json), loaded only for a query about
   * them or one PostgreSQL's formats cannot answer: a query that names no database is PostgreSQL's
   * when PostgreSQL has a sure answer (rank.ts), so their formats could not change what comes first.
   */
  mysqlShards: Shard[];
  /** Every MySQL and MariaDB row, for queries that carry an error number or a symbol (/search/numbers.json). */
  numbers: SearchIndex['codes'];
}

/**
 * Whether a key's row is loaded on every search: PostgreSQL's and the SQLSTATE pages, and MySQL's
 * and MariaDB's pages that drivers' own words point at (driver-phrases.ts), since a paste of those
 * words carries no number to load their rows by. (A function, so the browser's bundle, which never
 * builds shards, leaves the phrase table out.)
 */
const inCore = (key: string) => databaseOfKey(key) === 'postgresql' || databaseOfKey(key) === 'sqlstate' || DRIVER_PHRASES.some((phrase) => phrase.key === key);

/**
 * A MySQL or MariaDB row as shards and number rows ship it: its snippet only where it is a written
 * summary, since otherwise it is the message format the row's messages already carry.
 */
const shipped = (row: SearchIndex['codes'][number], messages: ReadonlySet<string>): SearchIndex['codes'][number] =>
  messages.has(row[2]) ? [row[0], row[1], ''] : row;

/** Files each message under the shards of its two rarest whole words (by how many formats use them) and of its telling words. */
export function shardIndex(index: SearchIndex): ShardedIndex {
  // Words are counted within PostgreSQL's formats and within MySQL's and MariaDB's apart: which
  // words tell one message from the others is a matter of each database's own vocabulary.
  const formatsUsing = new Map<string, number>();
  const wordsByFormat = new Map<string, string[]>();
  const vocabularyOf = (codeIndex: number) => (dialectOf(index.codes[codeIndex]![0]) === 'postgres' ? 'postgres' : 'mysql');
  const wordsOfMessage = (codeIndex: number, format: string) => `${dialectOf(index.codes[codeIndex]![0])}\u0000${format}`;
  const used = (codeIndex: number, word: string) => formatsUsing.get(`${vocabularyOf(codeIndex)}\u0000${word}`)!;
  for (const [codeIndex, format] of index.messages) {
    const key = wordsOfMessage(codeIndex, format);
    if (wordsByFormat.has(key)) continue;
    const words = wholeWordsOf(format, dialectOf(index.codes[codeIndex]![0]));
    wordsByFormat.set(key, words);
    for (const word of words) formatsUsing.set(`${vocabularyOf(codeIndex)}\u0000${word}`, (formatsUsing.get(`${vocabularyOf(codeIndex)}\u0000${word}`) ?? 0) + 1);
  }
  const core: ShardedIndex['core'] = { codes: index.codes.filter(([key]) => inCore(key)), messages: [] };
  const formats = new Set(index.messages.map(([, format]) => format));
  const shardSet = () => Array.from({ length: SHARD_COUNT }, (): Shard => ({ codes: [], messages: [] }));
  const shards = shardSet();
  const mysqlShards = shardSet();
  const rowsIn = Array.from({ length: SHARD_COUNT }, () => new Set<number>());
  index.messages.forEach(([codeIndex, format, ...rest]) => {
    const row = shipped(index.codes[codeIndex]!, formats);
    const message: ShardMessage = [row[0], format, ...rest];
    const byRarity = [...wordsByFormat.get(wordsOfMessage(codeIndex, format))!].sort((a, b) => used(codeIndex, a) - used(codeIndex, b) || a.localeCompare(b));
    if (byRarity.length === 0) {
      core.messages.push(message);
      if (!inCore(row[0])) core.codes.push(row);
    }
    // People type a message from its first words ("specified key was too long"); MySQL's and
    // MariaDB's short formats often have no rare word there, so theirs are filed under their first one too.
    const mysql = vocabularyOf(codeIndex) === 'mysql';
    const opening = mysql ? wordsByFormat.get(wordsOfMessage(codeIndex, format))!.slice(0, 1) : [];
    const filedUnder = [...byRarity.slice(0, 2), ...opening, ...byRarity.filter((word) => used(codeIndex, word) <= TELLING_WORD_FORMATS)];
    const target = mysql ? mysqlShards : shards;
    for (const shard of new Set(filedUnder.map(shardOf))) {
      target[shard]!.messages.push(message);
      if (!inCore(row[0]) && !rowsIn[shard]!.has(codeIndex)) {
        rowsIn[shard]!.add(codeIndex);
        target[shard]!.codes.push(row);
      }
    }
  });
  const family = (key: string) => databaseOfKey(key) === 'mysql' || databaseOfKey(key) === 'mariadb';
  return { core, shards, mysqlShards, numbers: index.codes.filter(([key]) => family(key)).map((row) => shipped(row, formats)) };
}

/**
 * The index the ranking reads, from the core and whichever shards (and number rows) have loaded;
 * a message filed twice counts once, a row loaded twice once.
 */
export function joinShards(core: ShardedIndex['core'], shards: readonly Shard[], numbers: SearchIndex['codes'] = []): SearchIndex {
  const codes: SearchIndex['codes'] = [];
  const codeIndex = new Map<string, number>();
  for (const row of [...core.codes, ...shards.flatMap((shard) => shard.codes), ...numbers]) {
    if (!codeIndex.has(row[0])) codeIndex.set(row[0], codes.push(row) - 1);
  }
  // The keys each format has been taken for: a format belongs to one or a few keys, and this builds
  // no string per message, which a phone's slow CPU would feel over thousands of them.
  const seen = new Map<string, string[]>();
  const messages: SearchIndex['messages'] = [];
  for (const [key, format, ...rest] of [...core.messages, ...shards.flatMap((shard) => shard.messages)]) {
    const i = codeIndex.get(key);
    const keys = seen.get(format);
    if (i === undefined || keys?.includes(key)) continue;
    if (keys) keys.push(key);
    else seen.set(format, [key]);
    messages.push([i, format, ...rest]);
  }
  return { codes, messages };
}

/** The file of MySQL's and MariaDB's rows a number's hundred is in: /search/numbers/10.json holds 1000 to 1099. */
export const numberBucket = (number: number) => Math.floor(number / 100);

/**
 * The number rows by hundred: a paste that carries 1055 downloads the rows of 1000 to 1099 (about
 * 2 KB gzip), not all 3,000 (37 KB). A symbol (ER_DUP_ENTRY) still needs them all.
 */
export function numbersByBucket(numbers: SearchIndex['codes']): Map<number, SearchIndex['codes']> {
  const buckets = new Map<number, SearchIndex['codes']>();
  for (const row of numbers) {
    const bucket = numberBucket(Number(row[0].slice(row[0].indexOf('/') + 1)));
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), row]);
  }
  return buckets;
}
