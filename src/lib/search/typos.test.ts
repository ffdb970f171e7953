import { describe, expect, test } from 'vitest';
import { allQueries } from '../../../tests/support/dev-queries.mjs';
import { buildSearchIndex } from './build-index';
import { prepareIndex, rankCodes, worthCorrecting } from './rank';
import { correctTypos, editDistance, vocabularyOf } from './typos';

const index = buildSearchIndex(new Map());
const whole = prepareIndex(index);
const vocabulary = vocabularyOf(index);

describe('editDistance', () => {
  test('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('constriant', 'constraint', 2)).toBe(1);
  });

  test('counts a missing letter as one edit', () => {
    expect(editDistance('deadlok', 'deadlock', 2)).toBe(1);
  });

  test('stops at the limit', () => {
    expect(editDistance('serialize', 'unique', 2)).toBe(3);
  });
});

describe('vocabularyOf', () => {
  test('holds the words of the message formats, the most used first', () => {
    expect(vocabularyOf(index)).toContain('duplicate');
    expect(vocabulary.indexOf('could')).toBeLessThan(vocabulary.indexOf('deadlock'));
  });
});

describe('correctTypos', () => {
  test('reads a misspelt word as its nearest word in the messages', () => {
    expect(correctTypos('dupliate key value', vocabulary)).toEqual({
      text: 'duplicate key value',
      corrections: [{ typed: 'dupliate', read: 'duplicate' }],
    });
  });

  test('leaves quoted identifiers and values alone', () => {
    expect(correctTypos('colum "emial" does not exist', vocabulary).text).toBe('column "emial" does not exist');
  });

  test('leaves words the messages use, and short words, alone', () => {
    expect(correctTypos('deadlock detected on tbl', vocabulary).corrections).toEqual([]);
  });
});

describe('the typo queries of the query set', () => {
  const typos = allQueries().filter((q) => q.section === 'typos');

  test('number at least twenty', () => {
    expect(typos.length).toBeGreaterThanOrEqual(20);
  });

  test('find the right code first once their words are corrected', () => {
    const wrong = typos.filter((q) => !q.expected.includes(rankCodes(correctTypos(q.query, vocabulary).text, whole)[0]?.code ?? ''));
    expect(wrong.map((q) => q.query)).toEqual([]);
  });

  test('never put a wrong code first so surely that the correction is skipped', () => {
    const misled = typos.filter((q) => {
      const ranked = rankCodes(q.query, whole);
      return !worthCorrecting(ranked, q.query) && !q.expected.includes(ranked[0]!.code);
    });
    expect(misled.map((q) => q.query)).toEqual([]);
  });
});
