import { describe, expect, test } from 'vitest';
import { sqlStateClassTitle, sqlStateOrigin } from './sqlstate';

describe('sqlStateOrigin', () => {
  test('calls a code with a standard class and subclass standard', () => {
    expect(sqlStateOrigin('22012')).toBe('standard');
    expect(sqlStateOrigin('23000')).toBe('standard');
  });

  test('sees an implementation subclass in a standard class', () => {
    expect(sqlStateOrigin('23505')).toBe('standard class, implementation-defined subclass');
    expect(sqlStateOrigin('42P01')).toBe('standard class, implementation-defined subclass');
    expect(sqlStateOrigin('08S01')).toBe('standard class, implementation-defined subclass');
  });

  test('calls a class outside the standard ranges implementation-defined', () => {
    expect(sqlStateOrigin('XX000')).toBe('implementation-defined');
    expect(sqlStateOrigin('53300')).toBe('implementation-defined');
  });
});

describe('sqlStateClassTitle', () => {
  test("takes a standard class's title from PostgreSQL's errcodes.txt", () => {
    expect(sqlStateClassTitle('08')).toBe('Connection Exception');
  });

  test('names the classes only MySQL or MariaDB use', () => {
    expect(sqlStateClassTitle('HY')).toMatch(/ODBC/);
  });

  test('refuses a class no one defines', () => {
    expect(() => sqlStateClassTitle('QQ')).toThrow(/classes\.json/);
  });
});
