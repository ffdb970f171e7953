import { expect, test } from 'vitest';
import { nextTabIndex, openIndex } from './stack-tabs';

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

test('opens the remembered stack where the group offers it, and the first tab otherwise', () => {
  expect(openIndex(['PL/pgSQL', 'node-postgres', 'psycopg 3'], 'psycopg 3')).toBe(2);
  expect(openIndex(['node-postgres', 'psycopg 3'], 'Node.js (mysql2)')).toBe(0);
  expect(openIndex(['node-postgres', 'psycopg 3'], null)).toBe(0);
});
