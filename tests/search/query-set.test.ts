// The query set is ground truth for the search benchmark, so its expectations are checked
// against PostgreSQL's own data, independently of how the search ranks.
import { describe, expect, test } from 'vitest';
import { compileFormat, patternOf } from '../../src/lib/search/matcher';
import { cleanQuery } from '../../src/lib/search/query';
import { findSqlState, messagesOf } from '../../src/lib/databases/postgresql/facts';
import { findMySqlError, type MySqlFamilyId } from '../../src/lib/databases/mysql-family/facts';
import { sqlStatesInUse } from '../../src/lib/databases';
import { findPgBouncerMessage } from '../../src/lib/databases/pgbouncer/facts';
import { allQueries, pasteQueries, pgBouncerQueries } from '../support/dev-queries.mjs';

const queries = allQueries();
const pasted = queries.filter((q) => ['psql and server log lines', 'drivers and frameworks'].includes(q.section));

describe('the search query set', () => {
  test('holds at least 150 queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(150);
  });

  test('expects only pages the site has', () => {
    const exists = (key: string) => {
      const [database, id] = key.includes('/') ? key.split('/') : ['postgresql', key];
      if (database === 'postgresql') return Boolean(findSqlState(id!));
      if (database === 'sqlstate') return sqlStatesInUse.includes(id!);
      if (database === 'pgbouncer') return Boolean(findPgBouncerMessage(id!));
      return Boolean(findMySqlError(database as MySqlFamilyId, Number(id)));
    };
    expect(queries.flatMap((q) => q.expected).filter((key) => !exists(key))).toEqual([]);
  });

  test('holds at least 60 MySQL and MariaDB queries', () => {
    expect(queries.filter((q) => q.expected.some((key) => /^(mysql|mariadb)\//.test(key))).length).toBeGreaterThanOrEqual(60);
  });

  test('names, for every real paste, the public page it was copied from', () => {
    const rows = pasteQueries();
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.filter((q) => !/^https:\/\/\S+$/.test(q.source ?? '')).map((q) => q.query)).toEqual([]);
  });

  test("names, for every PgBouncer paste, the thread it was copied from, and expects the message the paste is", () => {
    const rows = pgBouncerQueries();
    expect(rows.length).toBeGreaterThanOrEqual(18);
    expect(rows.filter((q) => !/^https:\/\/github\.com\/\S+\/(issues|pull)\/\d+$/.test(q.source ?? '')).map((q) => q.query)).toEqual([]);
    // The expected message's format, compiled as the search compiles it, is in the paste's first line.
    const sent = (q: { query: string; expected: string[] }) => {
      const message = findPgBouncerMessage(q.expected[0]!.slice('pgbouncer/'.length))!;
      return patternOf(compileFormat(message.format)).test(q.query.split('\n')[0]!);
    };
    expect(rows.filter((q) => !sent(q)).map((q) => q.query)).toEqual([]);
  });

  test('expects, for every pasted message, a code whose messages include it', () => {
    const raisedBy = (text: string, code: string) => messagesOf(code).some((m) => patternOf(compileFormat(m.format)).test(text));
    const wrong = pasted.filter((q) => !q.expected.some((code) => raisedBy(cleanQuery(q.query).text, code)));
    expect(wrong.map((q) => q.query)).toEqual([]);
  });
});
