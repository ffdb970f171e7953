import { describe, expect, test } from 'vitest';
import { hasTellingWord, isAccidentalHit } from './full-text';

describe('isAccidentalHit', () => {
  test('drops a hit that only marks a one-letter word the reader did not type', () => {
    expect(isAccidentalHit(['Z'], ['zzzzqqqq'])).toBe(true);
    expect(isAccidentalHit(["'x'", '"x/"'], ['xylophone'])).toBe(true);
  });

  test('keeps a hit that marks a word of three letters or more', () => {
    expect(isAccidentalHit(['Z', 'wraparound.'], ['vacuum', 'wraparound'])).toBe(false);
  });

  test('drops a hit whose only marked word is a short start of the word typed', () => {
    expect(isAccidentalHit(['ZZZZ'], ['zzzzqqqq'])).toBe(true);
  });

  test('drops a hit whose marked word begins otherwise than any word typed', () => {
    expect(isAccidentalHit(["E'\\uZZZZ':"], ['zzzzqqqq'])).toBe(true);
  });

  test('keeps a hit on a longer start of the word typed, as for a plural', () => {
    expect(isAccidentalHit(['connection'], ['connections'])).toBe(false);
    expect(isAccidentalHit(['vacuum'], ['vacuuming'])).toBe(false);
  });

  test('drops a hit that marks only stop words, even typed ones', () => {
    expect(isAccidentalHit(['the', 'The'], ['frobnicate', 'the', 'widget'])).toBe(true);
    expect(isAccidentalHit(['the', 'widget'], ['frobnicate', 'the', 'widget'])).toBe(false);
  });

  test('keeps a hit on a short word the reader typed', () => {
    expect(isAccidentalHit(['ID'], ['id'])).toBe(false);
  });
});

describe('hasTellingWord', () => {
  test('finds none in stop words alone', () => {
    expect(hasTellingWord('the')).toBe(false);
    expect(hasTellingWord('can not be')).toBe(false);
  });

  test('finds one in a query with a word of its own', () => {
    expect(hasTellingWord('frobnicate the widget')).toBe(true);
    expect(hasTellingWord('id')).toBe(true);
  });
});
