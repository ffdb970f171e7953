import { describe, expect, it } from 'vitest';
import { lastChanged, parseGitLog, readableDate } from './last-changed';

describe('parseGitLog', () => {
  it("takes each path's newest commit, the first the log lists", () => {
    const log = [
      '',
      '2026-12-07T19:50:37+00:00\n\ncontent/postgresql/23505.mdx\ncontent/mysql/1062.mdx\n',
      '2026-12-01T08:00:00+01:00\n\ncontent/postgresql/23505.mdx\ncontent/postgresql/53300.mdx\n',
    ].join('\x1e');
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['content/postgresql/23505.mdx', '2026-12-07T19:50:37+00:00'],
        ['content/mysql/1062.mdx', '2026-12-07T19:50:37+00:00'],
        ['content/postgresql/53300.mdx', '2026-12-01T08:00:00+01:00'],
      ]),
    );
  });

  it('reads an empty log (no history) as no dates', () => {
    expect(parseGitLog('')).toEqual(new Map());
  });
});

describe('lastChanged', () => {
  it("reads this checkout's history: a committed entry has a date, a file git never saw has none", () => {
    expect(lastChanged('content/postgresql/23505.mdx')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(lastChanged('content/postgresql/never-written.mdx')).toBeUndefined();
  });
});

describe('readableDate', () => {
  it('writes the day of the commit as the pages write dates', () => {
    expect(readableDate('2026-12-07T23:50:37-05:00')).toBe('7 December 2026');
  });
});
