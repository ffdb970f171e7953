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
