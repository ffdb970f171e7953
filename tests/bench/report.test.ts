import { describe, expect, test } from 'vitest';
import { formatBytes, marginalCosts, markdownTable, median, quantile } from '../../scripts/bench/report.mjs';

describe('quantile', () => {
  test('takes the middle value of an odd count and averages the two middle ones of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('interpolates between neighbours and reaches the extremes at 0 and 1', () => {
    expect(quantile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46);
    expect(quantile([3, 9, 1], 0)).toBe(1);
    expect(quantile([3, 9, 1], 1)).toBe(9);
  });

  test('has no value for no numbers', () => {
    expect(median([])).toBeNaN();
  });
});

describe('formatBytes', () => {
  test('uses decimal units with one decimal above a kilobyte', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1500)).toBe('1.5 KB');
    expect(formatBytes(4_400_000_000)).toBe('4.4 GB');
  });
});

describe('markdownTable', () => {
  test('writes a header, a rule and padded rows, escaping pipes inside cells', () => {
    const lines = markdownTable([
      ['measure', 'value'],
      ['a|b', '1'],
    ]).split('\n');
    expect(lines[0]).toBe('| measure | value |');
    expect(lines[1]).toBe('| ------- | ----- |');
    expect(lines[2]).toBe('| a\\|b    | 1     |');
  });
});

describe('marginalCosts', () => {
  test('finds a constant cost per entry for linear growth, whatever the fixed start-up time', () => {
    const linear = [262, 5000, 10000].map((entries) => ({ entries, seconds: 8 + entries * 0.02 }));
    expect(marginalCosts(linear).map((step) => step.relative)).toEqual([1, 1].map(() => expect.closeTo(1, 9)));
  });

  test('shows a climbing cost for quadratic growth', () => {
    const quadratic = [10000, 262, 5000].map((entries) => ({ entries, seconds: entries * entries * 1e-6 }));
    const [first, second] = marginalCosts(quadratic);
    expect([first.from, first.to, second.to]).toEqual([262, 5000, 10000]);
    expect(second.relative).toBeGreaterThan(2);
  });
});
