import { describe, expect, test } from 'vitest';
import { agreement, databasesUsing, LISTED_PER_DATABASE, otherDatabasesUsing, sqlStateListing, usesOf } from './across';

const none = () => false;

describe('usesOf', () => {
  test("lists what each database reports with 08004, PostgreSQL's first", () => {
    const uses = usesOf('08004', none);
    expect(uses.map((use) => use.database.id)).toEqual(['postgresql', 'mysql', 'mariadb']);
    expect(uses[1]!.errors.map((e) => e.id)).toContain('1040');
  });

  test("lists PgBouncer's written messages first under 08P01, and sends the rest to its index", () => {
    const pooler = usesOf('08P01', (error) => error.id === 'query_wait_timeout').find((use) => use.database.id === 'pgbouncer')!;
    expect(pooler.listed[0]!.id).toBe('query_wait_timeout');
    expect(pooler.listed).toHaveLength(LISTED_PER_DATABASE);
    expect(pooler.errors.length).toBeGreaterThan(LISTED_PER_DATABASE);
    expect(pooler.database.restOf('08')).toEqual({ path: 'pgbouncer/', label: 'PgBouncer index' });
  });

  test('lists the written errors first and caps the list', () => {
    const uses = usesOf('HY000', (error) => error.id === '1205');
    const mysql = uses.find((use) => use.database.id === 'mysql')!;
    expect(mysql.listed[0]!.id).toBe('1205');
    expect(mysql.listed).toHaveLength(LISTED_PER_DATABASE);
    expect(mysql.errors.length).toBeGreaterThan(1000);
  });
});

describe('agreement', () => {
  test("warns that MySQL's 23000 stands for many errors", () => {
    expect(agreement(usesOf('23000', none))).toMatch(/^MySQL reports \d+ different errors with it, and MariaDB reports \d+ .*error number does\.$/);
  });

  test("says PgBouncer's many 08P01 messages are told apart by their text", () => {
    expect(agreement(usesOf('08P01', none))).toMatch(/^PgBouncer reports \d+ different errors with it: .*; the message does\.$/);
  });

  test('says nothing of a code that names one condition everywhere', () => {
    expect(agreement(usesOf('22012', none))).toBeUndefined();
  });
});

describe('otherDatabasesUsing', () => {
  test("names MySQL and MariaDB on PostgreSQL's 08004, and PostgreSQL and MariaDB on MySQL's", () => {
    expect(otherDatabasesUsing('08004', 'postgresql')).toEqual(['MySQL', 'MariaDB']);
    expect(otherDatabasesUsing('08004', 'mysql')).toEqual(['PostgreSQL', 'MariaDB']);
  });

  test("names PgBouncer on PostgreSQL's 08P01, whose SQLSTATE page spans the two", () => {
    expect(otherDatabasesUsing('08P01', 'postgresql')).toEqual(['PgBouncer']);
    expect(databasesUsing('08P01')).toEqual(['PostgreSQL', 'PgBouncer']);
    expect(databasesUsing('08004')).toEqual(['PostgreSQL', 'MySQL', 'MariaDB']);
  });

  test('names none where only PostgreSQL uses the code', () => {
    expect(otherDatabasesUsing('42P01', 'postgresql')).toEqual([]);
  });
});

describe('sqlStateListing', () => {
  const summaries = new Map([
    ['23505', 'A row with the same key exists.'],
    ['sqlstate/08004', 'The server refused the connection.'],
    ['mysql/1050', 'The table exists already.'],
  ]);
  const summaryOf = (key: string) => summaries.get(key);

  test("names a code PostgreSQL defines by its condition, and means by its summary", () => {
    expect(sqlStateListing('23505', summaryOf)).toEqual({ code: '23505', name: 'unique_violation', meaning: 'A row with the same key exists.', usedBy: 'PostgreSQL' });
  });

  test("prefers the code's own note to PostgreSQL's summary, and counts each database's errors", () => {
    const listing = sqlStateListing('08004', summaryOf);
    expect(listing.meaning).toBe('The server refused the connection.');
    expect(listing.usedBy).toMatch(/^PostgreSQL, MySQL \(\d+\), MariaDB \(\d+\)$/);
  });

  test("names a MySQL-only code by its first error's symbol, its summary or else its message read as words", () => {
    expect(sqlStateListing('42S01', summaryOf)).toMatchObject({ name: 'ER_TABLE_EXISTS_ERROR', meaning: 'The table exists already.' });
    expect(sqlStateListing('42S01', () => undefined).meaning).toBe("Table 'name' already exists");
  });
});
