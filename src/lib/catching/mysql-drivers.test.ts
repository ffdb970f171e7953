import { describe, expect, test } from 'vitest';
import { mysqlCatchTabs } from './mysql-drivers';
import { findMySqlError } from '../databases/mysql-family/facts';

const tabs = (number: number) => Object.fromEntries(mysqlCatchTabs(findMySqlError('mysql', number)!).map((tab) => [tab.id, tab]));

describe('mysqlCatchTabs', () => {
  test("uses each library's own name for 1062", () => {
    const duplicate = tabs(1062);
    expect(duplicate['mysql2']!.code).toContain("err.code === 'ER_DUP_ENTRY'");
    expect(duplicate['pymysql']!.code).toContain('e.args[0] != ER.DUP_ENTRY');
    expect(duplicate['connector-j']!.code).toContain('MysqlErrorNumbers.ER_DUP_ENTRY');
    expect(duplicate['mysqlconnector']!.code).toContain('MySqlErrorCode.DuplicateKeyEntry');
  });

  test('catches the exception class the library maps the number to', () => {
    expect(tabs(1062)['pymysql']!.code).toContain('except pymysql.err.IntegrityError as e');
    expect(tabs(1062)['connector-j']!.code).toContain('catch (SQLIntegrityConstraintViolationException e)');
  });

  test('tests the number in Go, which names no server errors', () => {
    expect(tabs(1213)['go-mysql']!.code).toContain('mysqlErr.Number == 1213');
  });

  test('says what a protocol-speaking driver reports instead of a client error number', () => {
    const lost = tabs(2013);
    expect(lost['mysql2']!.code).toBe('');
    expect(lost['mysql2']!.note).toContain('PROTOCOL_CONNECTION_LOST');
    expect(lost['pymysql']!.code).toContain('CR.CR_SERVER_LOST');
  });
});
