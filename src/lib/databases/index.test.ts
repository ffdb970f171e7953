import { describe, expect, test } from 'vitest';
import { databases, errorsWithSqlState, sqlStatesInUse, systems } from './index';

describe('databases', () => {
  test('lists PostgreSQL, MySQL and MariaDB', () => {
    expect(databases.map((d) => d.name)).toEqual(['PostgreSQL', 'MySQL', 'MariaDB']);
  });

  test("gives every error a page under its database's folder", () => {
    for (const database of systems) expect(database.errors.every((e) => e.path.startsWith(database.path))).toBe(true);
  });

  test('lists PgBouncer among the systems but not among the databases the header offers', () => {
    expect(systems.map((d) => d.name)).toEqual(['PostgreSQL', 'MySQL', 'MariaDB', 'PgBouncer']);
  });
});

describe('errorsWithSqlState', () => {
  test('finds 08004 in all three: defined in PostgreSQL, Too many connections in MySQL and MariaDB', () => {
    const found = errorsWithSqlState('08004');
    expect(found.map(({ database }) => database.id)).toEqual(['postgresql', 'mysql', 'mariadb']);
    expect(found[1]!.errors.map((e) => e.id)).toContain('1040');
  });

  test("finds PgBouncer's pooler errors under 08P01, each at /pgbouncer/<slug>/", () => {
    const found = errorsWithSqlState('08P01');
    expect(found.map(({ database }) => database.id)).toEqual(['postgresql', 'pgbouncer']);
    const pooler = found[1]!.errors.find((e) => e.id === 'no-more-connections-allowed-max_client_conn')!;
    expect(pooler).toMatchObject({ name: 'no more connections allowed (max_client_conn)', path: 'pgbouncer/no-more-connections-allowed-max_client_conn/' });
  });

  test("finds PgBouncer's RELOAD failure under F0000 beside PostgreSQL's config_file_error", () => {
    expect(errorsWithSqlState('F0000').map(({ database }) => database.id)).toEqual(['postgresql', 'pgbouncer']);
  });

  test('finds a SQLSTATE PostgreSQL does not define in MySQL alone', () => {
    expect(errorsWithSqlState('42S02').map(({ database }) => database.id)).toEqual(['mysql', 'mariadb']);
  });
});

describe('sqlStatesInUse', () => {
  test('holds each code once, with the ones only MySQL uses', () => {
    expect(new Set(sqlStatesInUse).size).toBe(sqlStatesInUse.length);
    expect(sqlStatesInUse).toEqual(expect.arrayContaining(['23505', 'HY000', '42S02']));
  });
});
