import { describe, expect, test } from 'vitest';
import { findMySqlError, mysqlErrors, numberRanges, printedFormat, rangeOf, sqlStateClasses } from './facts';

describe('MySQL and MariaDB facts', () => {
  test('hold the server errors and the client library errors', () => {
    expect(findMySqlError('mysql', 1062)).toMatchObject({ symbol: 'ER_DUP_ENTRY', sqlstate: '23000', raisedBy: 'server' });
    expect(findMySqlError('mariadb', 2006)).toMatchObject({ message: 'Server has gone away', raisedBy: 'client' });
    expect(findMySqlError('mysql', 2006)).toMatchObject({ message: 'MySQL server has gone away' });
  });

  test('word a duplicate key with the format that names the index', () => {
    const duplicate = findMySqlError('mariadb', 1062)!;
    expect(printedFormat('mariadb', duplicate).format).toBe(findMySqlError('mariadb', 1586)!.message);
    expect(printedFormat('mariadb', findMySqlError('mariadb', 1452)!).from).toBeUndefined();
  });

  test("word a parse error with the syntax error's text in its first placeholder", () => {
    expect(printedFormat('mysql', findMySqlError('mysql', 1064)!).format).toMatch(/^You have an error in your SQL syntax; .* near '%-\.80s' at line %d$/);
  });

  test("word MySQL's only_full_group_by errors with the 5.7 texts, and leave MariaDB's own", () => {
    const grouping = printedFormat('mysql', findMySqlError('mysql', 1055)!);
    expect(grouping.format).toMatch(/^Expression #%u of %s is not in GROUP BY clause .* sql_mode=only_full_group_by$/);
    expect(grouping.from?.number).toBe(3087);
    expect(printedFormat('mysql', findMySqlError('mysql', 1140)!).from?.symbol).toBe('ER_MIX_OF_GROUP_FUNC_AND_FIELDS_V2');
    expect(printedFormat('mariadb', findMySqlError('mariadb', 1055)!)).toEqual({ format: "'%-.192s' isn't in GROUP BY" });
  });

  test('split the numbers into blocks of a hundred that cover every error once', () => {
    const ranges = numberRanges('mysql');
    expect(ranges[0]).toMatchObject({ start: 1000, end: 1099, slug: '1000-1099' });
    expect(ranges.reduce((n, r) => n + r.errors.length, 0)).toBe(mysqlErrors('mysql').length);
    expect(rangeOf(1062).slug).toBe('1000-1099');
  });

  test("group the errors by their SQLSTATE's class, HY the largest in MySQL", () => {
    const classes = sqlStateClasses('mysql');
    const largest = [...classes].sort((a, b) => b.errors.length - a.errors.length)[0]!;
    expect(largest.class).toBe('HY');
  });
});
