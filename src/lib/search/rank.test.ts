import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from './build-index';
import { needsFullText, prepareIndex, rankCodes, soleAnswer } from './rank';
import { compileFormat, isDistinctive, PLACEHOLDERS } from './matcher';
import { errnoRaisers } from '../databases/postgresql/facts';
import { pgBouncerQueries } from '../../../tests/support/dev-queries.mjs';

const prepared = prepareIndex(buildSearchIndex(new Map()));
const first = (query: string) => rankCodes(query, prepared)[0]?.code;

describe('rankCodes', () => {
  test('puts the exact code first', () => {
    expect(first('25P02')).toBe('25P02');
  });

  test('puts a code named in a longer text first', () => {
    expect(first('SQL state: 23505 duplicate key')).toBe('23505');
  });

  test('finds a condition name', () => {
    expect(first('check_violation')).toBe('23514');
  });

  test('reads Prisma’s own code as the SQLSTATE behind it', () => {
    expect(first('P2002')).toBe('23505');
  });

  test('reads Prisma’s own words for a unique violation', () => {
    expect(first('Unique constraint failed on the fields: (`email`)')).toBe('23505');
  });

  test('puts P0001 first for a RAISE EXCEPTION text with its PL/pgSQL CONTEXT line', () => {
    expect(first('ERROR:  order 42 is already shipped\nCONTEXT:  PL/pgSQL function ship_order(integer) line 5 at RAISE')).toBe('P0001');
  });

  test('keeps the code of a caught error that a bare RAISE re-raised', () => {
    const reraised = 'ERROR:  duplicate key value violates unique constraint "users_email_key"\nCONTEXT:  PL/pgSQL function add_user(text) line 7 at RAISE';
    expect(first(reraised)).toBe('23505');
  });

  test('does not read three words of a long condition name as that name', () => {
    expect(first('duplicate key value')).toBe('23505');
  });

  test('finds a condition from a driver exception class', () => {
    expect(first('psycopg2.errors.SerializationFailure: could not serialize access')).toBe('40001');
  });

  test('finds the code of a pasted message', () => {
    expect(first('ERROR:  duplicate key value violates unique constraint "orders_pkey"')).toBe('23505');
  });

  test('prefers the code that raises a shared format in more places', () => {
    expect(first('invalid input syntax for type integer: "abc"')).toBe('22P02');
  });

  test('finds wordings PostgreSQL 16 replaced', () => {
    expect(first('remaining connection slots are reserved for non-replication superuser connections')).toBe('53300');
  });

  test('tells date and time input (22007) from other types (22P02) by the type the shared format names', () => {
    expect(first('invalid input syntax for type timestamp with time zone: "31/12/2024 10:00"')).toBe('22007');
    expect(first('invalid input syntax for type uuid: "42"')).toBe('22P02');
  });

  test('reads xid as the transaction ID the messages spell out', () => {
    expect(first('xid wraparound')).toBe('54000');
  });

  test('finds a message the SQL scanner words itself', () => {
    expect(first('ERROR:  unterminated quoted string at or near "\'abc" at character 8')).toBe('42601');
  });

  test('answers a scanner message from the data, without full text', () => {
    expect(needsFullText(rankCodes('unterminated dollar-quoted string at or near "$$"', prepared))).toBe(false);
  });

  test('puts the shortest format holding typed words first, whatever raises longer ones in more places', () => {
    expect(first('relation does not exist')).toBe('42P01');
  });

  test('prefers the format that starts with the typed words', () => {
    expect(first('value too long')).toBe('22001');
  });

  test('finds a message typed with words left out, in its order', () => {
    expect(first('null value violates not-null')).toBe('23502');
  });

  test('still asks full text for words found only in order with gaps', () => {
    expect(needsFullText(rankCodes('null value violates not-null', prepared))).toBe(true);
  });

  test('prefers the code many of whose messages hold a typed word to one message of another code', () => {
    expect(first('wraparound')).toBe('54000');
  });

  test('puts the condition whose name the typed words spell before codes whose messages hold them', () => {
    expect(first('foreign key')).toBe('23503');
  });

  test("lets a typed word stand for its plural in the message's words", () => {
    expect(first('transaction id wraparound')).toBe('54000');
  });

  test('finds the code of a message typed without quotes or punctuation', () => {
    expect(first('invalid byte sequence for encoding UTF8')).toBe('22021');
  });

  test('tells the three codes of "database files are incompatible with server" apart by the DETAIL line', () => {
    const message = 'FATAL:  database files are incompatible with server\nDETAIL:  ';
    // Each DETAIL is one that PostgreSQL's source attaches to that code's message (message-details.json).
    expect(first(`${message}The data directory was initialized by PostgreSQL version 11, which is not compatible with this version 15.2.`)).toBe('22023');
    expect(first(`${message}The database cluster was initialized with CATALOG_VERSION_NO 201907221, but the server was compiled with CATALOG_VERSION_NO 201909212.`)).toBe('XX000');
    expect(first(`${message}The database cluster was initialized with PG_CONTROL_VERSION 1300 (0x00000514), but the server was compiled with PG_CONTROL_VERSION 1800 (0x00000708).`)).toMatch(/^(55000|XX000)$/);
  });

  test('finds the code of a DETAIL line pasted alone, and says it matched a DETAIL', () => {
    const [hit] = rankCodes('DETAIL:  The data directory was initialized by PostgreSQL version 9.6, which is not compatible with this version 10.6.', prepared);
    expect(hit).toMatchObject({ code: '22023', snippet: expect.stringMatching(/^DETAIL: The data directory/) });
    expect(needsFullText([hit!])).toBe(false);
  });

  test('raises "number of synchronous standbys" as 22023, as corrected in the ground truth', () => {
    expect(first('ERROR:  invalid value for parameter "synchronous_standby_names": "0 (s1)"\nDETAIL:  number of synchronous standbys (0) must be greater than zero')).not.toBe('42601');
    expect(first('number of synchronous standbys (0) must be greater than zero')).toBe('22023');
  });

  test('never answers a PostgreSQL log line with a MySQL or MariaDB page, nor the reverse', () => {
    const pg = rankCodes('2024-03-01 10:00:00.123 UTC [4242] ERROR:  Unknown error', prepared).map((hit) => hit.code);
    expect(pg.filter((key) => /^(mysql|mariadb)\//.test(key))).toEqual([]);
    const mysql = rankCodes("ERROR 1045 (28000): Access denied for user 'app'@'localhost' (using password: YES)", prepared).map((hit) => hit.code);
    expect(mysql[0]).toBe('mysql/1045');
    expect(mysql.filter((key) => !key.includes('/'))).toEqual([]);
  });

  test("picks MariaDB alone for its own wording of 1005, both servers for a wording both print", () => {
    const mariadb = rankCodes('SQLSTATE[HY000]: General error: 1005 Can\'t create table `fof`.`fof_item_tag` (errno: 150 "Foreign key constraint is incorrectly formed")', prepared).map((h) => h.code);
    expect(mariadb[0]).toBe('mariadb/1005');
    expect(mariadb).not.toContain('mysql/1005');
    const both = rankCodes('ERROR 1146 (42S02): Table \'shop.orders\' doesn\'t exist', prepared).map((h) => h.code);
    expect(both.slice(0, 2).sort()).toEqual(['mariadb/1146', 'mysql/1146']);
  });

  test("puts 1055 first for MySQL's newer only_full_group_by text, which is 3087's format", () => {
    expect(first("Expression #1 of SELECT list is not in GROUP BY clause and contains nonaggregated column 'shop.o.id' which is not functionally dependent on columns in GROUP BY clause; this is incompatible with sql_mode=only_full_group_by")).toBe('mysql/1055');
  });

  test('finds a message whose code errno picks, and says the errno rule', () => {
    const [wal] = rankCodes('ERROR:  requested WAL segment 000000010000000000000025 has already been removed', prepared);
    expect(wal).toMatchObject({ code: '58P01', snippet: expect.stringContaining('ENOENT (No such file or directory) → 58P01') });
    expect(first('FATAL:  could not open file "base/13468/pg_filenode.map": Permission denied')).toBe('42501');
  });

  test('finds every message whose code errno picks in the top three, with the rule that picks it', () => {
    // Where the same words are also raised with a fixed code elsewhere, that code may come first.
    const unreachable = errnoRaisers()
      .flatMap((raiser) => raiser.formats.filter((format) => isDistinctive(compileFormat(format))).map((format) => ({ raiser, format })))
      .filter(({ raiser, format }) => {
        const instance = format.replace(PLACEHOLDERS.postgres, (placeholder) => (/[diouxX]$/.test(placeholder) ? '1' : 'x1'));
        const top = rankCodes(instance, prepared).slice(0, 3);
        return !top.some((hit) => raiser.codes.includes(hit.code) && hit.snippet.includes(raiser.function));
      })
      .map(({ format }) => format);
    expect(unreachable).toEqual([]);
  });

  test('answers the words drivers print for a lost connection with the page that explains them', () => {
    expect(first('Error: Connection terminated unexpectedly')).toBe('08006');
    expect(first("code: 'PROTOCOL_CONNECTION_LOST'")).toBe('mysql/2013');
    expect(first('WSREP has not yet prepared node for application use')).toBe('mariadb/1047');
  });

  test('finds a long message retyped with one word changed', () => {
    expect(first('ERROR:  current transaction is aborted, commands ignored until end of transaction chunk')).toBe('25P02');
    expect(first('remaining connection slots are kept for non-replication superuser connections')).toBe('53300');
  });

  test('reads no near miss into a message with two words changed', () => {
    expect(rankCodes('current transaction was stopped, commands ignored until end of transaction chunk', prepared).filter((hit) => hit.code === '25P02')).toEqual([]);
  });

  test('makes no result of stop words alone', () => {
    expect(rankCodes('the', prepared)).toEqual([]);
    expect(rankCodes('frobnicate the widget', prepared)).toEqual([]);
  });

  test('returns nothing for text no message contains', () => {
    expect(rankCodes('zzzzqqqq', prepared)).toEqual([]);
  });
});

describe('soleAnswer', () => {
  test('is the code of a pasted message only one code raises', () => {
    expect(soleAnswer(rankCodes('ERROR:  deadlock detected', prepared))?.code).toBe('40P01');
  });

  test('is none where several codes are sure, or only a fragment matched', () => {
    expect(soleAnswer(rankCodes('FATAL:  database files are incompatible with server', prepared))).toBeUndefined();
    expect(soleAnswer(rankCodes('too many clients', prepared))).toBeUndefined();
  });
});

describe('needsFullText', () => {
  test('skips full text when a pasted message matched a format', () => {
    expect(needsFullText(rankCodes('deadlock detected', prepared))).toBe(false);
  });

  test('skips full text for an exact code', () => {
    expect(needsFullText(rankCodes('42P01', prepared))).toBe(false);
  });

  test('skips full text for a fragment of a message', () => {
    expect(needsFullText(rankCodes('could not serialize access', prepared))).toBe(false);
  });

  test('asks full text for words no message contains', () => {
    expect(needsFullText(rankCodes('connection pool exhausted', prepared))).toBe(true);
  });
});

describe('message snippets', () => {
  test('mark a wording PostgreSQL no longer prints with its versions', () => {
    const [hit] = rankCodes('remaining connection slots are reserved for non-replication superuser connections', prepared);
    expect(hit?.snippet).toBe('remaining connection slots are reserved for non-replication superuser connections (PostgreSQL 12–15)');
  });

  test('leave a wording every version prints unmarked', () => {
    expect(rankCodes('sorry, too many clients already', prepared)[0]?.snippet).toBe('sorry, too many clients already');
  });

  test('say when the snippet is the matched format, so the page reads its placeholders, and not when it is a code\'s summary', () => {
    const [hit] = rankCodes('relation "orders" does not exist', prepared);
    expect(hit).toMatchObject({ code: '42P01', snippet: 'relation "%s" does not exist', isFormat: true });
    expect(rankCodes('23505', prepared)[0]?.isFormat).toBeUndefined();
  });
});

describe("rankCodes on PgBouncer's messages", () => {
  test.each(pgBouncerQueries().map((q) => [q.query, q.expected[0]!] as const))('puts its page first for %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('keeps PostgreSQL first for a message both send: out of memory is 53200 before PgBouncer', () => {
    expect(first('ERROR:  out of memory')).toBe('53200');
  });

  test("keeps PostgreSQL's own message first where PgBouncer's format is only part of it", () => {
    expect(first('FATAL:  password authentication failed for user "bob"')).toBe('28P01');
  });

  test('keeps the code a bare 08P01 names, not one of the many PgBouncer messages sent with it', () => {
    expect(first('08P01')).toBe('sqlstate/08P01');
  });

  test('gives the client\'s message before the admin console\'s of the same words when the paste is FATAL', () => {
    expect(first('FATAL:  no such database: mydb')).toBe('pgbouncer/no-such-database');
  });
});
