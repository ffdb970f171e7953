import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from './build-index';
import { needsFullText, prepareIndex, rankCodes } from './rank';

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

  test('returns nothing for text no message contains', () => {
    expect(rankCodes('zzzzqqqq', prepared)).toEqual([]);
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
});
