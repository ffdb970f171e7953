import { expect, test } from 'vitest';
import { nextTabIndex } from './catch-tabs';

test('moves right and left with wrap-around, and to the ends with Home and End', () => {
  expect(nextTabIndex('ArrowRight', 0, 3)).toBe(1);
  expect(nextTabIndex('ArrowRight', 2, 3)).toBe(0);
  expect(nextTabIndex('ArrowLeft', 0, 3)).toBe(2);
  expect(nextTabIndex('Home', 2, 3)).toBe(0);
  expect(nextTabIndex('End', 0, 3)).toBe(2);
});

test('ignores other keys, so Tab and Enter keep their usual meaning', () => {
  expect(nextTabIndex('Tab', 1, 3)).toBeNull();
  expect(nextTabIndex('Enter', 1, 3)).toBeNull();
});
