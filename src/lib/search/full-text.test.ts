import { describe, expect, test } from 'vitest';
import { isAccidentalHit } from './full-text';

describe('isAccidentalHit', () => {
  test('drops a hit that only marks a one-letter word the reader did not type', () => {
    expect(isAccidentalHit(['Z'], ['zzzzqqqq'])).toBe(true);
    expect(isAccidentalHit(["'x'", '"x/"'], ['xylophone'])).toBe(true);
  });

  test('keeps a hit that marks a word of three letters or more', () => {
    expect(isAccidentalHit(['Z', 'wraparound.'], ['vacuum', 'wraparound'])).toBe(false);
  });

  test('keeps a hit on a short word the reader typed', () => {
    expect(isAccidentalHit(['ID'], ['id'])).toBe(false);
  });
});
