import { describe, expect, test } from 'vitest';
import { cleanQuery, conditionFromClassName, keepLineBreaks } from './query';

describe('cleanQuery', () => {
  test('drops the severity and keeps it as context', () => {
    expect(cleanQuery('FATAL:  sorry, too many clients already')).toMatchObject({ text: 'sorry, too many clients already', severity: 'FATAL' });
  });

  test('drops "at character N" that psql appends', () => {
    expect(cleanQuery('ERROR:  relation "accounts" does not exist at character 15').text).toBe('relation "accounts" does not exist');
  });

  test('drops a server log prefix with timestamp and process ID', () => {
    expect(cleanQuery('2024-03-01 10:00:00.123 UTC [4242] ERROR:  deadlock detected').text).toBe('deadlock detected');
  });

  test("drops PgBouncer's log prefix, what the line is and the connection's age", () => {
    const closing = '2023-12-18 18:58:03.882 UTC [1] LOG C-0x7fbcc4faabe0: racetrack/racetrack@172.27.0.8:50574 closing because: query_wait_timeout (age=10s)';
    expect(cleanQuery(closing).text).toBe('query_wait_timeout');
    const pooler = '2021-04-05 06:15:20.549 3224 WARNING C-0x7f0e6aadd410: abc/xyz@xx.xx.xx.xx:63996 pooler error: pgbouncer cannot connect to server';
    expect(cleanQuery(pooler).text).toBe('pgbouncer cannot connect to server');
    expect(cleanQuery('WARNING C-0x1370560: (nodb)/(nouser)@127.0.0.1:52689 pooler error: unsupported startup parameter: search_path').text).toBe('unsupported startup parameter: search_path');
  });

  test('drops a JDBC exception wrapper', () => {
    expect(cleanQuery('org.postgresql.util.PSQLException: ERROR: column "email" does not exist').text).toBe('column "email" does not exist');
  });

  test('keeps only the first line of a message with DETAIL and HINT', () => {
    const pasted = 'ERROR:  duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(a@b.c) already exists.';
    expect(cleanQuery(pasted).text).toBe('duplicate key value violates unique constraint "users_email_key"');
  });

  test('keeps the DETAIL and HINT lines apart, each without its log prefix', () => {
    const pasted = '2019-10-10 16:14:42.538 MSK [9590] FATAL:  database files are incompatible with server\n2019-10-10 16:14:42.538 MSK [9590] DETAIL:  The database cluster was initialized with CATALOG_VERSION_NO 1.\n2019-10-10 16:14:42.538 MSK [9590] HINT:  It looks like you need to initdb.';
    expect(cleanQuery(pasted)).toMatchObject({
      text: 'database files are incompatible with server',
      severity: 'FATAL',
      detailLines: ['The database cluster was initialized with CATALOG_VERSION_NO 1.', 'It looks like you need to initdb.'],
    });
  });

  test('reads a paste of a DETAIL line alone as no message and one DETAIL line', () => {
    const pasted = 'postgres_1  | 2019-09-06 19:49:58.007 UTC [1] DETAIL:  The data directory was initialized by PostgreSQL version 9.6.';
    expect(cleanQuery(pasted)).toMatchObject({ text: '', detailLines: ['The data directory was initialized by PostgreSQL version 9.6.'] });
  });

  test('drops bracketed log fields: a timestamp, a process ID, a client address', () => {
    expect(cleanQuery('[2013-07-19 04:00:00 SGT] [2147] [192.168.27.114] ERROR:  could not obtain lock on row in relation "cron_locks"').text).toBe(
      'could not obtain lock on row in relation "cron_locks"',
    );
  });

  test('reads a paste whose line breaks the one-line box kept as line separators', () => {
    const pasted = keepLineBreaks('FATAL:  database files are incompatible with server\r\nDETAIL:  The data directory was initialized by PostgreSQL version 9.4.');
    expect(pasted).not.toMatch(/[\r\n]/);
    expect(cleanQuery(pasted)).toMatchObject({ text: 'database files are incompatible with server', detailLines: ['The data directory was initialized by PostgreSQL version 9.4.'] });
  });

  test('finds SQLSTATE-shaped tokens in any case', () => {
    expect(cleanQuery('sqlstate 42p01').codeTokens).toEqual(['42P01']);
  });

  test('reads the exception class of psycopg and the Ruby pg gem', () => {
    expect(cleanQuery('psycopg2.errors.UniqueViolation: duplicate key').className).toBe('UniqueViolation');
    expect(cleanQuery('PG::UndefinedTable: ERROR: relation "x" does not exist').className).toBe('UndefinedTable');
  });

  test('removes lone surrogates and control characters', () => {
    expect(cleanQuery('dead\u0000lock \ud800').text).toBe('dead lock');
  });
});

describe('conditionFromClassName', () => {
  test('turns a class name back into a condition name', () => {
    expect(conditionFromClassName('SerializationFailure')).toBe('serialization_failure');
    expect(conditionFromClassName('InternalError_')).toBe('internal_error');
  });
});
