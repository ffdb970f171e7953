import { describe, expect, test } from 'vitest';
import { scenarioScript, scenarios } from './scenarios';

describe('scenarioScript', () => {
  test('marks a session only where the turn passes to it, and ends every statement with a semicolon', () => {
    const script = scenarioScript({
      description: 'two sessions',
      steps: [
        { session: 'A', sql: 'BEGIN' },
        { session: 'A', sql: 'UPDATE accounts SET balance = 0 WHERE id = 1' },
        { session: 'B', sql: 'SELECT 1;', blocks: true },
      ],
    });
    expect(script).toBe('-- Session A\nBEGIN;\nUPDATE accounts SET balance = 0 WHERE id = 1;\n-- Session B (waits)\nSELECT 1;');
  });

  test('describes logins in words', () => {
    expect(scenarioScript({ description: 'login', steps: [{ session: 'B', connect: { user: 'app', password: 'wrong' } }] })).toBe(
      "-- Session B logs in as app with password 'wrong'",
    );
  });
});

describe('scenarios', () => {
  test('are loaded from their files by name', () => {
    expect(Object.keys(scenarios)).toContain('too-many-connections');
  });
});
