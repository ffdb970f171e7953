import { describe, expect, test } from 'vitest';
import { bareSqlState, databaseOfKey, errorNumbersIn, errorSymbolsIn, mayBeMySqlFamily, namedDatabase, pasteShape, pathOfKey } from './which-database';

describe('keys', () => {
  test("keep PostgreSQL's bare codes and give the others their folder", () => {
    expect(databaseOfKey('23505')).toBe('postgresql');
    expect(databaseOfKey('mysql/1062')).toBe('mysql');
    expect(pathOfKey('23505')).toBe('postgresql/23505/');
    expect(pathOfKey('sqlstate/08004')).toBe('sqlstate/08004/');
  });
});

describe('namedDatabase', () => {
  test('reads a database named in the query', () => {
    expect(namedDatabase('mariadb too many connections')).toBe('mariadb');
    expect(namedDatabase('mysql lock wait timeout')).toBe('mysql');
    expect(namedDatabase('postgres deadlock')).toBe('postgresql');
  });

  test("reads a driver's name as its database, or as the family where it serves MySQL and MariaDB", () => {
    expect(namedDatabase('pymysql.err.OperationalError: (2013, "Lost connection")')).toBe('mysql-family');
    expect(namedDatabase('org.postgresql.util.PSQLException: ERROR: relation "x" does not exist')).toBe('postgresql');
  });

  test('names none for a message any database could print', () => {
    expect(namedDatabase('deadlock detected')).toBeUndefined();
  });
});

describe('errorNumbersIn', () => {
  test('reads the number where the clients and drivers print it', () => {
    expect(errorNumbersIn("ERROR 1045 (28000): Access denied for user 'app'@'10.0.0.5'")).toEqual([1045]);
    expect(errorNumbersIn('SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry')).toEqual([1062]);
    expect(errorNumbersIn('SQLSTATE[HY000] [2002] Connection refused')).toEqual([2002]);
    expect(errorNumbersIn(`django.db.utils.IntegrityError: (1452, 'Cannot add or update a child row')`)).toEqual([1452]);
    expect(errorNumbersIn('#1064 - You have an error in your SQL syntax')).toEqual([1064]);
  });

  test('reads the number where phpMyAdmin, HeidiSQL, JetBrains IDEs, Go and Python 2 print it', () => {
    expect(errorNumbersIn("1055 - Expression #2 of SELECT list is not in GROUP BY clause")).toEqual([1055]);
    expect(errorNumbersIn("SQL Error (1005): Can't create table `qbcore`.`mdt_reports_charges`")).toEqual([1005]);
    expect(errorNumbersIn('[42000][1064] You have an error in your SQL syntax;')).toEqual([1064]);
    expect(errorNumbersIn('Error 1055: Expression #1 of SELECT list')).toEqual([1055]);
    expect(errorNumbersIn("InternalError: (1005, u'Can\\'t create table')")).toEqual([1005]);
  });

  test('reads no number in a date at the start of a log line', () => {
    expect(errorNumbersIn('2024-03-11 10:02:33 ERROR:  deadlock detected')).toEqual([]);
  });

  test('reads a query that is only a number', () => {
    expect(errorNumbersIn('1062')).toEqual([1062]);
    expect(errorNumbersIn('error 1213')).toEqual([1213]);
    expect(errorNumbersIn('mysql 1064')).toEqual([1064]);
  });

  test('ignores ports, years and other numbers', () => {
    expect(errorNumbersIn('could not connect to server on port 5432 in 2024')).toEqual([]);
  });
});

describe('pasteShape', () => {
  test("reads PostgreSQL's log and psql lines", () => {
    expect(pasteShape('ERROR:  relation "users" does not exist')).toBe('postgresql');
    expect(pasteShape('2025-08-05 16:15:11.843 UTC [231] ERROR: duplicate key value violates unique constraint "session_pkey"')).toBe('postgresql');
    expect(pasteShape('2024-01-01 10:00:00 UTC [42] app@shop ERROR: deadlock detected')).toBe('postgresql');
    expect(pasteShape('2019-07-18 19:20:58 CST,"gpadmin",,p12317,"ERROR","58P01","requested WAL segment 1 has already been removed",,')).toBe('postgresql');
  });

  test("reads MySQL's and MariaDB's client lines", () => {
    expect(pasteShape("ERROR 1045 (28000): Access denied for user 'app'@'localhost'")).toBe('mysql-family');
    expect(pasteShape("SQLSTATE[HY000] [1045] Access denied for user 'app'@'localhost'")).toBe('mysql-family');
  });

  test('reads no shape in a message typed alone', () => {
    expect(pasteShape('deadlock detected')).toBeUndefined();
    expect(pasteShape('ERROR: column "x" does not exist')).toBeUndefined();
  });
});

describe('mayBeMySqlFamily', () => {
  test('holds for a message pasted with neither shape nor a database named', () => {
    expect(mayBeMySqlFamily("Duplicate entry '1' for key 'PRIMARY'")).toBe(true);
    expect(mayBeMySqlFamily('Error: Connection terminated unexpectedly')).toBe(true);
  });

  test("not for a paste that PostgreSQL's shape or name rules out, nor one about MySQL, whose formats load anyway", () => {
    expect(mayBeMySqlFamily('ERROR:  relation "users" does not exist')).toBe(false);
    expect(mayBeMySqlFamily('psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "x"')).toBe(false);
    expect(mayBeMySqlFamily("ERROR 1062 (23000): Duplicate entry '1' for key 'PRIMARY'")).toBe(false);
    expect(mayBeMySqlFamily("mysql Duplicate entry '1' for key 'PRIMARY'")).toBe(false);
    expect(mayBeMySqlFamily('ER_DUP_ENTRY')).toBe(false);
  });
});

describe('errorSymbolsIn', () => {
  test("finds mysql2's err.code in a paste", () => {
    expect(errorSymbolsIn("Error: ER_DUP_ENTRY: Duplicate entry 'a' for key 'email'")).toEqual(['ER_DUP_ENTRY']);
  });
});

describe('bareSqlState', () => {
  test('reads a query that is only a SQLSTATE', () => {
    expect(bareSqlState('08004')).toBe('08004');
    expect(bareSqlState('sqlstate: 40001')).toBe('40001');
    expect(bareSqlState('SQLSTATE[23505]')).toBe('23505');
  });

  test('reads no SQLSTATE in a message', () => {
    expect(bareSqlState('ERROR 1040 (08004): Too many connections')).toBeUndefined();
  });
});
