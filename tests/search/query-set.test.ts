// The query set is ground truth for the search benchmark, so its expectations are checked
// against PostgreSQL's own data, independently of how the search ranks.
import { describe, expect, test } from 'vitest';
import { compileFormat, patternOf } from '../../src/lib/search/matcher';
import { cleanQuery } from '../../src/lib/search/query';
import { findSqlState, messagesOf } from '../../src/lib/databases/postgresql/facts';
import { allQueries } from '../support/dev-queries.mjs';

const queries = allQueries();
const pasted = queries.filter((q) => ['psql and server log lines', 'drivers and frameworks'].includes(q.section));

describe('the search query set', () => {
  test('holds at least 150 queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(150);
  });

  test('expects only codes PostgreSQL defines', () => {
    expect(queries.flatMap((q) => q.expected).filter((code) => !findSqlState(code))).toEqual([]);
  });

  test('expects, for every pasted message, a code whose messages include it', () => {
    const raisedBy = (text: string, code: string) => messagesOf(code).some((m) => patternOf(compileFormat(m.format)).test(text));
    const wrong = pasted.filter((q) => !q.expected.some((code) => raisedBy(cleanQuery(q.query).text, code)));
    expect(wrong.map((q) => q.query)).toEqual([]);
  });
});
