import { describe, expect, test } from 'vitest';
import { catchBlock, plpgsqlCondition, psycopgClassName, raisedAt } from './catching';
import { codeFacts } from '../databases/postgresql/code-facts';
import { getSqlState, sqlStates } from '../databases/postgresql/facts';

const blockOf = (code: string) => {
  const facts = codeFacts(code);
  return catchBlock(facts.state, facts.levels);
};
const tab = (code: string, id: string) => blockOf(code).tabs.find((t) => t.id === id);

describe('psycopgClassName', () => {
  test.each([
    ['23505', 'UniqueViolation'],
    ['40001', 'SerializationFailure'],
    ['38002', 'ModifyingSqlDataNotPermittedExt'],
    ['XX000', 'InternalError_'],
  ])('%s is errors.%s', (code, name) => {
    expect(psycopgClassName(getSqlState(code))).toBe(name);
  });

  test('gives warnings and success no exception class', () => {
    expect(psycopgClassName(getSqlState('01000'))).toBeNull();
    expect(psycopgClassName(getSqlState('00000'))).toBeNull();
  });
});

describe('plpgsqlCondition', () => {
  test('names the condition where it belongs to one code', () => {
    expect(plpgsqlCondition(getSqlState('23505'))).toBe('unique_violation');
  });

  test('keeps the name a warning shares, since PL/pgSQL knows error codes only', () => {
    expect(plpgsqlCondition(getSqlState('22001'))).toBe('string_data_right_truncation');
  });

  test('names the SQLSTATE where two error codes share the condition name', () => {
    expect(plpgsqlCondition(getSqlState('22004'))).toBe("SQLSTATE '22004'");
    expect(plpgsqlCondition(getSqlState('39004'))).toBe("SQLSTATE '39004'");
  });
});

describe('raisedAt', () => {
  test.each([
    ['23505', 'statement'],
    ['53300', 'connect'],
    ['28P01', 'connect'],
    ['3D000', 'connect'],
    ['57P01', 'session'],
    ['25P03', 'session'],
  ])('%s comes with the %s', (code, when) => {
    expect(raisedAt(getSqlState(code), codeFacts(code).levels)).toBe(when);
  });
});

describe('catchBlock', () => {
  test('shows every library for an error a statement raises, PL/pgSQL first', () => {
    expect(blockOf('23505').tabs.map((t) => t.label)).toEqual([
      'PL/pgSQL',
      'node-postgres',
      'postgres.js',
      'psycopg 3',
      'psycopg2',
      'JDBC',
      'pgx (Go)',
      'Npgsql (.NET)',
      'pg (Ruby)',
    ]);
  });

  test('puts each library’s own name for the code in its handler', () => {
    expect(tab('23505', 'plpgsql')?.code).toContain('WHEN unique_violation THEN');
    expect(tab('23505', 'node-postgres')?.code).toContain("err.code !== '23505'");
    expect(tab('23505', 'postgres-js')?.code).toContain("err.code !== '23505'");
    expect(tab('23505', 'psycopg')?.code).toContain('except errors.UniqueViolation');
    expect(tab('23505', 'psycopg2')?.code).toContain('from psycopg2 import errors');
    expect(tab('23505', 'jdbc')?.code).toContain('"23505".equals(e.getSQLState())');
    expect(tab('23505', 'pgx')?.code).toContain('pgErr.Code == pgerrcode.UniqueViolation');
    expect(tab('23505', 'npgsql')?.code).toContain('e.SqlState == PostgresErrorCodes.UniqueViolation');
    expect(tab('40001', 'ruby-pg')?.code).toContain('rescue PG::TRSerializationFailure');
  });

  test('compares the SQLSTATE string, and says why, where a library has no name for the code', () => {
    const npgsql = tab('25P04', 'npgsql');
    expect(npgsql?.code).toContain('e.SqlState == "25P04"');
    expect(npgsql?.note).toContain('no constant');
    expect(tab('58P03', 'pgx')?.code).toContain('pgErr.Code == "58P03"');
    expect(tab('58P03', 'ruby-pg')?.code).toContain("error_field(PG::PG_DIAG_SQLSTATE) == '58P03'");
  });

  test('catches a refused login around the connect call, where libpq drivers see no SQLSTATE', () => {
    const block = blockOf('28P01');
    expect(block.tabs.map((t) => t.id)).not.toContain('plpgsql');
    expect(tab('28P01', 'node-postgres')?.code).toContain('await client.connect();');
    expect(tab('28P01', 'psycopg')?.code).toContain('except psycopg.OperationalError');
    expect(tab('28P01', 'psycopg')?.note).toContain('without the SQLSTATE');
    expect(tab('28P01', 'ruby-pg')?.code).toContain('rescue PG::ConnectionBad');
  });

  test('leaves PL/pgSQL out where the server ends the session, and says so', () => {
    const block = blockOf('57P01');
    expect(block.tabs.map((t) => t.id)).not.toContain('plpgsql');
    expect(block.notes.join(' ')).toContain('FATAL');
  });

  test('shows notice handlers for warnings, and no handler for success', () => {
    expect(tab('01000', 'node-postgres')?.code).toContain("client.on('notice'");
    expect(tab('01000', 'psycopg')?.code).toContain('add_notice_handler');
    expect(blockOf('00000').tabs).toEqual([]);
    expect(blockOf('00000').notes[0]).toContain('success');
  });

  test('carries a retry verdict and the library names for every code', () => {
    for (const state of sqlStates) {
      const block = catchBlock(state, codeFacts(state.code).levels);
      expect(block.retry.reason.length).toBeGreaterThan(0);
      expect(block.names.psycopg === null).toBe(state.class === '00' || state.class === '01');
    }
  });
});
