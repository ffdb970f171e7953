import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { apiRecord, mysqlApiRecord, pgBouncerApiRecord, sqlStateApiRecord } from './records';
import { codeFile, codeMap, codeMapEntry, databaseFile, type ApiRecord } from './files';
import { apiSchema } from './schemas';
import type { ApiKind } from './catalog';
import { codeFacts } from '../databases/postgresql/code-facts';
import { findMySqlError, type MySqlFamilyId } from '../databases/mysql-family/facts';
import { getDatabase, type DatabaseId } from '../databases';
import { observedRuns } from '../reproduction/observations';
import { mariadbObservation } from '../reproduction/mariadb-runs';
import { findPgBouncerMessage } from '../databases/pgbouncer/facts';
import { poolerObservation } from '../reproduction/pgbouncer-observations';
import { pgBouncerEntries } from '../../../tests/reproductions/cases';

const schemaUrl = (kind: ApiKind) => `/api/schema/${kind}.json`;
const pg = (code: string) => apiRecord(codeFacts(code), `/postgresql/${code}/`, undefined, undefined);
const my = (database: MySqlFamilyId, number: number) => mysqlApiRecord(database, findMySqlError(database, number)!, `/${database}/${number}/`, undefined, undefined);

/** The patterns of a code's file, as a tool would compile them. */
function patterns(database: DatabaseId, record: ApiRecord): RegExp[] {
  const file = codeFile(database, getDatabase(database).dialect, record, schemaUrl);
  return file.messages.map((m) => new RegExp(m.pattern, file.patternFlags));
}
const matchesAny = (list: RegExp[], message: string) => list.some((pattern) => pattern.test(message));
const pooler = (slug: string) => pgBouncerApiRecord(findPgBouncerMessage(slug)!, `/pgbouncer/${slug}/`, undefined, undefined);
/** A written PgBouncer entry as the content collection validates it. */
const pgBouncerEntry = (slug: string) => pgBouncerEntries().find(({ entry }) => entry.slug === slug)!.entry;
/** What node-postgres got from the real PgBouncer in the entry's recorded reproduction. */
const sentByPooler = (slug: string) => poolerObservation(slug)!.node[0]!.message;

// The messages the real servers printed in the reproductions, not strings written for the test.
const printedBy18 = (code: string) => observedRuns(code)!['18']!.raised!.message;
const printedByMariaDb = (number: number) => mariadbObservation(number)!.raised!.message;

describe('the pattern of each message format', () => {
  test('matches what PostgreSQL 18 printed for 23505, and not what it printed for 23503', () => {
    const duplicate = printedBy18('23505');
    const foreignKey = printedBy18('23503');
    expect(duplicate).toMatch(/^duplicate key value violates unique constraint "/);
    expect(matchesAny(patterns('postgresql', pg('23505')), duplicate)).toBe(true);
    expect(matchesAny(patterns('postgresql', pg('23505')), foreignKey)).toBe(false);
    expect(matchesAny(patterns('postgresql', pg('23503')), duplicate)).toBe(false);
    expect(matchesAny(patterns('postgresql', pg('23503')), foreignKey)).toBe(true);
  });

  test('matches what MariaDB 10.11 printed for 1062 in both MySQL\'s and MariaDB\'s file, and not 1452\'s message', () => {
    const duplicate = printedByMariaDb(1062);
    const foreignKey = printedByMariaDb(1452);
    for (const database of ['mysql', 'mariadb'] as const) {
      expect(matchesAny(patterns(database, my(database, 1062)), duplicate), `${database} 1062`).toBe(true);
      expect(matchesAny(patterns(database, my(database, 1062)), foreignKey), `${database} 1062`).toBe(false);
      expect(matchesAny(patterns(database, my(database, 1452)), duplicate), `${database} 1452`).toBe(false);
    }
    expect(matchesAny(patterns('mariadb', my('mariadb', 1452)), foreignKey)).toBe(true);
  });

  test("matches what the real PgBouncer sent for query_wait_timeout and for max_client_conn, each only its own", () => {
    const waited = sentByPooler('query_wait_timeout');
    const refused = sentByPooler('no-more-connections-allowed-max_client_conn');
    expect(refused).toBe('no more connections allowed (max_client_conn)');
    expect(matchesAny(patterns('pgbouncer', pooler('query_wait_timeout')), waited)).toBe(true);
    expect(matchesAny(patterns('pgbouncer', pooler('query_wait_timeout')), refused)).toBe(false);
    expect(matchesAny(patterns('pgbouncer', pooler('no-more-connections-allowed-max_client_conn')), refused)).toBe(true);
  });

  test('gives 1062 the format the server words it with (1586\'s, which names the key), not its own', () => {
    const file = codeFile('mysql', 'mysql', my('mysql', 1062), schemaUrl);
    expect(file.messages.map((m) => m.format)).toEqual([findMySqlError('mysql', 1586)!.message]);
    expect('wordedAs' in file && file.wordedAs).toEqual({ number: 1586, as: 'format', only: null });
  });
});

describe('the compact map', () => {
  test('gives PostgreSQL\'s retry verdict and whether core PostgreSQL raises the code', () => {
    expect(codeMapEntry(pg('40001'))).toEqual({ name: 'serialization_failure', sqlstate: '40001', class: '40', retry: 'retry-transaction', raisedBy: 'server' });
    expect(codeMapEntry(pg('08004'))).toMatchObject({ retry: 'do-not-retry', raisedBy: null });
  });

  test('says a MySQL client error is the client library\'s, with no retry verdict', () => {
    expect(codeMap('mysql', [my('mysql', 1062), my('mysql', 2002)], schemaUrl).codes).toEqual({
      '1062': { name: 'ER_DUP_ENTRY', sqlstate: '23000', class: '23', retry: null, raisedBy: 'server' },
      '2002': { name: 'CR_CONNECTION_ERROR', sqlstate: 'HY000', class: 'HY', retry: null, raisedBy: 'client' },
    });
  });
});

describe('the schemas', () => {
  const validate = (kind: ApiKind, data: unknown) => {
    const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
    const check = ajv.compile(apiSchema(kind, schemaUrl(kind)));
    return check(data) ? [] : check.errors!.map((e) => `${e.instancePath} ${e.message}`);
  };

  test('accept the files the builders make, a recorded reproduction and null verdicts included', () => {
    const withRun = apiRecord(codeFacts('23505'), '/postgresql/23505/', undefined, observedRuns('23505'));
    expect(validate('postgresql', databaseFile('postgresql', [withRun, pg('08004')], schemaUrl))).toEqual([]);
    expect(validate('postgresql-code', codeFile('postgresql', 'postgres', pg('57P01'), schemaUrl))).toEqual([]);
    expect(validate('mysql-family', databaseFile('mariadb', [my('mariadb', 1062), my('mariadb', 1292)], schemaUrl))).toEqual([]);
    expect(validate('mysql-family-code', codeFile('mysql', 'mysql', my('mysql', 2013), schemaUrl))).toEqual([]);
    expect(validate('codes', codeMap('postgresql', [pg('23505'), pg('08004')], schemaUrl))).toEqual([]);
    expect(validate('codes', codeMap('mysql', [my('mysql', 1062), my('mysql', 2002)], schemaUrl))).toEqual([]);
  });

  test("accept PgBouncer's files: a written entry with its recorded run, and a message without one", () => {
    const written = pgBouncerApiRecord(findPgBouncerMessage('query_wait_timeout')!, '/pgbouncer/query_wait_timeout/', pgBouncerEntry('query_wait_timeout'), poolerObservation('query_wait_timeout'));
    expect(written.reproduction?.observed.pooler).toMatch(/^PgBouncer 1\.\d+\.\d+$/);
    expect(written.fixes!.map((fix) => ('tested' in fix ? fix.tested : fix.untested))).toContainEqual([written.reproduction!.observed.pooler.replace('PgBouncer ', '')]);
    expect(validate('pgbouncer', databaseFile('pgbouncer', [written, pooler('admin-bad-arguments')], schemaUrl))).toEqual([]);
    expect(validate('pgbouncer-message', codeFile('pgbouncer', 'postgres', written, schemaUrl))).toEqual([]);
  });

  test('reject a field they do not describe and a wrong verdict, naming where', () => {
    const file = codeMap('postgresql', [pg('23505')], schemaUrl);
    expect(validate('codes', { ...file, extra: 1 })).toEqual([' must NOT have additional properties']);
    const wrong = { ...file, codes: { '23505': { ...file.codes['23505'], retry: 'maybe' } } };
    expect(validate('codes', wrong)).toEqual(['/codes/23505/retry must be equal to one of the allowed values']);
  });

  test("list PgBouncer's messages under 08P01 by slug", () => {
    const record = sqlStateApiRecord('08P01', '/sqlstate/08P01/', undefined);
    expect(Object.keys(record.databases)).toEqual(['postgresql', 'pgbouncer']);
    expect(record.databases.pgbouncer).toContainEqual({ id: 'query_wait_timeout', name: 'query_wait_timeout', raised: true });
    expect(validate('sqlstate', { $schema: schemaUrl('sqlstate'), schemaVersion: 1, sqlstates: [record] })).toEqual([]);
  });

  test('list the SQLSTATE view\'s databases, each with the errors it reports', () => {
    const record = sqlStateApiRecord('08004', '/sqlstate/08004/', undefined);
    expect(Object.keys(record.databases)).toEqual(['postgresql', 'mysql', 'mariadb']);
    expect(record.databases.mysql).toContainEqual({ id: '1040', name: 'ER_CON_COUNT_ERROR', raised: true });
    expect(validate('sqlstate', { $schema: schemaUrl('sqlstate'), schemaVersion: 1, sqlstates: [record] })).toEqual([]);
  });
});
