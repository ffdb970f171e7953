import { describe, expect, test } from 'vitest';
import { exactCode } from './exact';

const codes = [
  ['23505', 'unique_violation', ''],
  ['2203A', 'sql_json_member_not_found', ''],
  ['01004', 'string_data_right_truncation', ''],
  ['22001', 'string_data_right_truncation', ''],
] as const;

describe('exactCode', () => {
  test('opens a code typed exactly', () => {
    expect(exactCode('23505', codes)).toBe('23505');
  });

  test('reads a code in any case', () => {
    expect(exactCode(' 2203a ', codes)).toBe('2203A');
  });

  test('opens a condition name typed exactly, in any case', () => {
    expect(exactCode('Unique_Violation', codes)).toBe('23505');
  });

  test('leaves a condition name that two codes share to the result list', () => {
    expect(exactCode('string_data_right_truncation', codes)).toBeUndefined();
  });

  test('leaves anything more than the code to the result list', () => {
    expect(exactCode('SQLSTATE 23505', codes)).toBeUndefined();
    expect(exactCode('duplicate key value violates unique constraint', codes)).toBeUndefined();
  });

  test('does not open a code PostgreSQL does not define', () => {
    expect(exactCode('99999', codes)).toBeUndefined();
  });
});

describe('exactCode across databases', () => {
  const rows = [
    ['08004', 'sqlserver_rejected_establishment_of_sqlconnection', ''],
    ['25P02', 'in_failed_sql_transaction', ''],
    ['sqlstate/08004', 'PostgreSQL, MySQL, MariaDB', ''],
    ['sqlstate/25P02', 'PostgreSQL', ''],
    ['mysql/1062', 'ER_DUP_ENTRY', ''],
    ['mariadb/1062', 'ER_DUP_ENTRY', ''],
    ['mariadb/4025', 'ER_CONSTRAINT_FAILED', ''],
  ] as const;

  test('opens the page across databases of a SQLSTATE several use', () => {
    expect(exactCode('08004', rows)).toBe('sqlstate/08004');
  });

  test("opens PostgreSQL's page of a code only PostgreSQL uses", () => {
    expect(exactCode('25p02', rows)).toBe('25P02');
  });

  test("opens MySQL's page of an error number", () => {
    expect(exactCode('1062', rows)).toBe('mysql/1062');
  });

  test("opens a symbol's page, MySQL's where both have it", () => {
    expect(exactCode('ER_DUP_ENTRY', rows)).toBe('mysql/1062');
    expect(exactCode('er_constraint_failed', rows)).toBe('mariadb/4025');
  });
});
