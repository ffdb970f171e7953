import { describe, expect, test } from 'vitest';
import { ARRIVAL_SYMBOLS, arrivalsOf } from './mysql-arrival';
import { findMySqlError, MYSQL_FAMILY, mysqlErrors } from '../databases/mysql-family/facts';

const arrivals = (number: number) => arrivalsOf(findMySqlError('mariadb', number)!);

describe('arrivalsOf', () => {
  test('a refused login arrives at connect only', () => {
    for (const number of [1040, 1045, 1129, 1130, 1251, 1698]) expect(arrivals(number), String(number)).toEqual(['login']);
  });

  test('a missing or forbidden default database arrives at connect, and at a statement that names it', () => {
    expect(arrivals(1049)).toEqual(['login', 'statement']);
    expect(arrivals(1044)).toEqual(['login', 'statement']);
  });

  test('the same symbol arrives the same way under either number', () => {
    expect(arrivalsOf(findMySqlError('mysql', 3118)!)).toEqual(['login']);
    expect(arrivalsOf(findMySqlError('mariadb', 4151)!)).toEqual(['login']);
  });

  test('a client that reaches no server fails at connect; one whose connection drops fails at a statement', () => {
    for (const number of [2002, 2003, 2005]) expect(arrivals(number), String(number)).toEqual(['unreachable']);
    for (const number of [2006, 2013, 2055]) expect(arrivals(number), String(number)).toEqual(['lost']);
  });

  test("a statement's errors, and client errors raised at a statement call, answer the statement", () => {
    for (const number of [1062, 1146, 1213, 2014]) expect(arrivals(number), String(number)).toEqual(['statement']);
  });

  test('every symbol the rules name is an error of MySQL or MariaDB', () => {
    const known = new Set(MYSQL_FAMILY.flatMap((database) => mysqlErrors(database).map((error) => error.symbol)));
    expect(ARRIVAL_SYMBOLS.filter((symbol) => !known.has(symbol))).toEqual([]);
  });
});
