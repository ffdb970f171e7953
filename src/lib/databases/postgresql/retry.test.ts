import { describe, expect, test } from 'vitest';
import { classes, getSqlState, sqlStates } from './facts';
import { retryAdvice, retryRules } from './retry';

describe('retryRules', () => {
  test('gives every code exactly one verdict: at most one rule names it, and exactly one rule names its class', () => {
    const undecided: string[] = [];
    for (const state of sqlStates) {
      const codeRules = retryRules.filter((r) => r.codes?.includes(state.code));
      const classRules = retryRules.filter((r) => r.classes?.includes(state.class));
      if (codeRules.length > 1 || classRules.length !== 1) undecided.push(state.code);
    }
    expect(undecided).toEqual([]);
  });

  test('names only codes and classes PostgreSQL defines', () => {
    const knownClasses = new Set(classes.map((c) => c.class));
    for (const rule of retryRules) {
      for (const code of rule.codes ?? []) expect(() => getSqlState(code)).not.toThrow();
      for (const key of rule.classes ?? []) expect(knownClasses).toContain(key);
    }
  });

  test('gives each verdict a one-line reason', () => {
    for (const rule of retryRules) {
      expect(rule.reason).toMatch(/^[^\n]{20,180}[.)]$/);
    }
  });
});

describe('retryAdvice', () => {
  test.each([
    ['40001', 'retry-transaction'],
    ['40P01', 'retry-transaction'],
    ['55P03', 'retry-transaction'],
    ['57P01', 'reconnect-then-retry'],
    ['08006', 'reconnect-then-retry'],
    ['53300', 'reconnect-then-retry'],
    ['23505', 'do-not-retry'],
    ['42P01', 'do-not-retry'],
    ['22P02', 'do-not-retry'],
    ['40003', 'do-not-retry'],
    ['08007', 'do-not-retry'],
    ['57014', 'do-not-retry'],
    ['01000', 'not-an-error'],
    ['00000', 'not-an-error'],
  ])('%s: %s', (code, verdict) => {
    expect(retryAdvice(getSqlState(code)).verdict).toBe(verdict);
  });

  test('says 53300 needs backoff and 23505 an upsert, not a retry', () => {
    expect(retryAdvice(getSqlState('53300')).reason).toContain('backoff');
    expect(retryAdvice(getSqlState('23505')).reason).toContain('ON CONFLICT');
  });

  test("says why 08004's verdict differs from MySQL's 1040, which reports the same SQLSTATE", () => {
    const advice = retryAdvice(getSqlState('08004'));
    expect(advice.verdict).toBe('do-not-retry');
    expect(advice.reason).toMatch(/1040.*backoff/);
  });
});
