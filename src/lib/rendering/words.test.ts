import { describe, expect, test } from 'vitest';
import { breakAfterUnderscores, counted, listed, theCounted, withAside } from './words';

describe('counted', () => {
  test('keeps the noun singular for one', () => {
    expect(counted(1, 'message')).toBe('1 message');
  });

  test('puts the noun in the plural for any other count', () => {
    expect(counted(0, 'message')).toBe('0 messages');
    expect(counted(207, 'message')).toBe('207 messages');
  });

  test('takes an irregular plural', () => {
    expect(counted(2, 'entry', 'entries')).toBe('2 entries');
  });
});

describe('listed', () => {
  test('joins the last two items with and', () => {
    expect(listed(['14.23', '15.18', '16.14'])).toBe('14.23, 15.18 and 16.14');
  });

  test('gives a single item alone', () => {
    expect(listed(['18.4'])).toBe('18.4');
  });
});

describe('breakAfterUnderscores', () => {
  test('cuts after each underscore and keeps it', () => {
    expect(breakAfterUnderscores('unique_violation')).toEqual(['unique_', 'violation']);
  });

  test('leaves a word without underscores whole', () => {
    expect(breakAfterUnderscores('deadlock')).toEqual(['deadlock']);
  });
});

describe('theCounted', () => {
  test('says "the one" for a single thing and keeps the noun singular', () => {
    expect(theCounted(1, 'PostgreSQL SQLSTATE code')).toBe('The one PostgreSQL SQLSTATE code');
    expect(theCounted(27, 'PostgreSQL SQLSTATE code')).toBe('The 27 PostgreSQL SQLSTATE codes');
    expect(theCounted(1458, 'error number')).toBe('The 1,458 error numbers');
  });
});

describe('withAside', () => {
  test('puts a name in parentheses after its language', () => {
    expect(withAside('JavaScript', 'mysql2')).toBe('JavaScript (mysql2)');
  });

  test("does not nest a name's own parentheses inside the aside's", () => {
    expect(withAside('Python', 'mysqlclient (MySQLdb)')).toBe('Python (mysqlclient, MySQLdb)');
  });
});
