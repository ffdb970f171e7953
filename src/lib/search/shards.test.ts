import { describe, expect, test } from 'vitest';
import { allQueries } from '../../../tests/support/dev-queries.mjs';
import { buildSearchIndex } from './build-index';
import { PLACEHOLDERS } from './matcher';
import { aboutMySqlFamily, dialectOf, needsErrorRows, pasteShape } from './which-database';
import { needsMySqlMessages, prepareIndex, rankCodes } from './rank';
import { joinShards, numbersByBucket, pasteShards, queryShards, shardIndex, shardOf, SHARD_COUNT, wholeWordsOf } from './shards';

const full = buildSearchIndex(new Map());
const sharded = shardIndex(full);
/** The index a search for `query` has once its shards have loaded. */
/** As the search page loads them: MySQL's and MariaDB's formats when the query is about them or PostgreSQL's find nothing sure. */
const loadedFor = (query: string) => {
  const words = pasteShards(query);
  const numbers = needsErrorRows(query) ? sharded.numbers : [];
  const postgres = pasteShape(query) === 'mysql-family' ? [] : words.map((shard) => sharded.shards[shard]!);
  const mysql = words.map((shard) => sharded.mysqlShards[shard]!);
  const first = joinShards(sharded.core, aboutMySqlFamily(query) ? [...postgres, ...mysql] : postgres, numbers);
  return needsMySqlMessages(query, rankCodes(query, prepareIndex(first))) ? joinShards(sharded.core, [...postgres, ...mysql], numbers) : first;
};

describe('wholeWordsOf', () => {
  test('keeps the words every instance prints whole', () => {
    expect(wholeWordsOf('duplicate key value violates unique constraint "%s"')).toEqual(['duplicate', 'key', 'value', 'violates', 'unique', 'constraint']);
  });

  test('drops a word a placeholder continues', () => {
    expect(wholeWordsOf('sequence %s_seq reached maximum value')).toEqual(['sequence', 'reached', 'maximum', 'value']);
  });

  test('drops words too common to choose between messages', () => {
    expect(wholeWordsOf('could not open file "%s": %m')).toEqual(['open', 'file']);
  });
});

/** The messages of the core and of each shard of both sets, as "key NUL format": where the filing is checked. */
const asKeys = (messages: readonly (readonly [string, string, ...unknown[]])[]) => new Set(messages.map(([key, format]) => `${key}\u0000${format}`));
const inCore = asKeys(sharded.core.messages);
const inShard = [...sharded.shards, ...sharded.mysqlShards].map((shard) => asKeys(shard.messages));

describe('shardIndex', () => {
  test('files every message where a pasted instance of it looks', () => {
    const missing = full.messages
      .filter(([i, format]) => {
        const key = `${full.codes[i]![0]}\u0000${format}`;
        const instance = format.replace(PLACEHOLDERS[dialectOf(full.codes[i]![0])], 'x_1');
        return !inCore.has(key) && !pasteShards(instance).some((shard) => inShard[shard]!.has(key) || inShard[SHARD_COUNT + shard]!.has(key));
      })
      .map(([, format]) => format);
    expect(missing).toEqual([]);
  });

  test('files a message under each word few formats use, so that word typed alone finds it', () => {
    const withWord = (index: { messages: [number, string, ...unknown[]][] }) => index.messages.filter(([, format]) => /\bwraparound\b/.test(format)).map(([, format]) => format);
    expect(withWord(loadedFor('wraparound')).sort()).toEqual([...new Set(withWord(full))].sort());
    expect(withWord(full).length).toBeGreaterThan(2);
  });

  test('keeps every message, in a shard or in the core', () => {
    const joined = joinShards(sharded.core, [...sharded.shards, ...sharded.mysqlShards]);
    expect(joined.messages.length).toBe(new Set(full.messages.map(([i, format]) => `${i} ${format}`)).size);
  });

  test('keeps MySQL and MariaDB rows out of the core, with their messages and in the number rows', () => {
    // Only the pages drivers' own words point at (driver-phrases.ts), which no number in the paste loads.
    expect(sharded.core.codes.filter(([key]) => /^(mysql|mariadb)\//.test(key)).map(([key]) => key).sort()).toEqual(['mariadb/1047', 'mysql/2013']);
    expect(sharded.numbers.map(([key]) => key)).toContain('mariadb/1062');
    expect(loadedFor("Duplicate entry 'a@example.com' for key 'users.email'").codes.map(([key]) => key)).toContain('mysql/1062');
  });

  test('spreads the messages over the shards', () => {
    const sizes = sharded.shards.map((shard) => shard.messages.length);
    const mysqlSizes = sharded.mysqlShards.map((shard) => shard.messages.length);
    expect(Math.max(...mysqlSizes)).toBeLessThan((3 * mysqlSizes.reduce((sum, size) => sum + size, 0)) / SHARD_COUNT);
    expect(sizes).toHaveLength(SHARD_COUNT);
    const filed = sizes.reduce((sum, size) => sum + size, 0);
    expect(Math.max(...sizes)).toBeLessThan((3 * filed) / SHARD_COUNT);
  });
});

describe('queryShards', () => {
  test('names one shard per word worth looking up', () => {
    expect(queryShards('ERROR: relation "orders" does not exist')).toEqual([...new Set(['error', 'relation', 'orders', 'exist'].map(shardOf))].sort((a, b) => a - b));
  });

  test('names none for words every message shares', () => {
    expect(queryShards('could not the')).toEqual([]);
  });
});

describe('joinShards', () => {
  test('ranks every query of the query set as the whole index does', () => {
    const whole = prepareIndex(full);
    const differing = allQueries()
      .map(({ query }) => query)
      .filter((query) => rankCodes(query, prepareIndex(loadedFor(query)))[0]?.code !== rankCodes(query, whole)[0]?.code);
    expect(differing).toEqual([]);
  });
});

describe('numbersByBucket', () => {
  test("files every MySQL and MariaDB row under its number's hundred", () => {
    const buckets = numbersByBucket(sharded.numbers);
    expect(buckets.get(10)!.map(([key]) => key)).toEqual(expect.arrayContaining(['mysql/1055', 'mariadb/1005']));
    expect(buckets.get(10)!.every(([key]) => /\/10\d\d$/.test(key))).toBe(true);
    expect([...buckets.values()].flat()).toHaveLength(sharded.numbers.length);
  });
});
