import { describe, expect, test } from 'vitest';
import { memoized } from './memo';

describe('memoized', () => {
  test('computes each distinct key once and returns the same value after', () => {
    const seen: string[] = [];
    const upper = memoized((key) => {
      seen.push(key);
      return { text: key.toUpperCase() };
    });
    const first = upper('a');
    expect(upper('a')).toBe(first);
    expect(upper('b').text).toBe('B');
    expect(seen).toEqual(['a', 'b']);
  });
});
