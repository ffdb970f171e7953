import { describe, expect, test } from 'vitest';
import { codeFacts } from './code-facts';

describe('codeFacts', () => {
  test('says core PostgreSQL never raises 08004', () => {
    expect(codeFacts('08004').raisedByPostgres).toBe(false);
  });

  test('says core PostgreSQL raises 53300', () => {
    expect(codeFacts('53300').raisedByPostgres).toBe(true);
  });

  test('counts codes chosen from errno by file-access calls as raised', () => {
    expect(codeFacts('58P03').raisedByPostgres).toBe(true);
  });

  test('counts P0001, the code of RAISE EXCEPTION without ERRCODE, as raised', () => {
    expect(codeFacts('P0001').raisedByPostgres).toBe(true);
  });

  test('names the other code that shares a condition name', () => {
    expect(codeFacts('22001').sameCondition.map((s) => s.code)).toEqual(['01004']);
  });
});
