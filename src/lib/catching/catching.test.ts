import { describe, expect, test } from 'vitest';
import type { Arrival } from './arrivals';
import { catchBlock, plpgsqlCondition, psycopgClassName, TESTED_TABS } from './catching';
import { codeFacts } from '../databases/postgresql/code-facts';
import { getSqlState, sqlStates } from '../databases/postgresql/facts';

const blockOf = (code: string) => catchBlock(codeFacts(code));
/** The code's first way of arriving, or the one named. */
const arrivalOf = (code: string, arrival?: Arrival) => {
  const block = blockOf(code);
  return arrival ? block.arrivals.find((a) => a.arrival === arrival)! : block.arrivals[0]!;
};
const tab = (code: string, id: string, arrival?: Arrival) => arrivalOf(code, arrival).tabs.find((t) => t.id === id);

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

describe('catchBlock', () => {
  test('shows every library for an error a statement raises, PL/pgSQL first', () => {
    expect(arrivalOf('23505').tabs.map((t) => t.label)).toEqual([
      'PL/pgSQL',
      'node-postgres',
      'postgres.js',
      'psycopg 3',
      'psycopg2',
      'asyncpg',
      'JDBC',
      'pgx (Go)',
      'Npgsql (.NET)',
      'pg (Ruby)',
      'PHP PDO',
    ]);
    expect(arrivalOf('23505').summary).toBeNull();
  });

  test('puts each library’s own name for the code in its handler', () => {
    expect(tab('23505', 'plpgsql')?.code).toContain('WHEN unique_violation THEN');
    expect(tab('23505', 'node-postgres')?.code).toContain("err.code !== '23505'");
    expect(tab('23505', 'postgres-js')?.code).toContain("err.code !== '23505'");
    expect(tab('23505', 'psycopg')?.code).toContain('except errors.UniqueViolation');
    expect(tab('23505', 'psycopg2')?.code).toContain('from psycopg2 import errors');
    expect(tab('23505', 'asyncpg')?.code).toContain('except exceptions.UniqueViolationError as err:');
    expect(tab('23505', 'php-pdo')?.code).toContain("$e->errorInfo[0] !== '23505'");
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
    expect(tab('58P03', 'asyncpg')?.code).toContain('if err.sqlstate != "58P03":');
    expect(tab('58P03', 'asyncpg')?.note).toContain('UnknownPostgresError');
  });

  test('catches a refused login around the connect call, where libpq drivers see no SQLSTATE', () => {
    expect(arrivalOf('28P01').tabs.map((t) => t.id)).not.toContain('plpgsql');
    expect(tab('28P01', 'node-postgres')?.code).toContain('await client.connect();');
    expect(tab('28P01', 'psycopg')?.code).toContain('except psycopg.OperationalError');
    expect(tab('28P01', 'psycopg')?.note).toContain('without the SQLSTATE');
    expect(tab('28P01', 'ruby-pg')?.code).toContain('rescue PG::ConnectionBad');
    expect(tab('28P01', 'asyncpg')?.code).toContain('conn = await asyncpg.connect(dsn)\nexcept exceptions.InvalidPasswordError');
    expect(tab('28P01', 'php-pdo')?.code).toContain('new PDO($dsn, $user, $password)');
  });

  test('shows 57P01 twice: a FATAL ending the session, and a notice before an immediate shutdown closes it', () => {
    const block = blockOf('57P01');
    expect(block.arrivals.map((a) => a.arrival)).toEqual(['session', 'connection-lost']);
    expect(block.arrivals[0]!.summary).toContain('FATAL');
    expect(block.arrivals[1]!.summary).toContain('“terminating connection due to immediate shutdown command” (57P01) as a WARNING notice');
    for (const { tabs } of block.arrivals) expect(tabs.map((t) => t.id)).not.toContain('plpgsql');
  });

  test('checks the FATAL’s code where the library reports it, and catches the closed connection where it does not', () => {
    expect(tab('57P01', 'node-postgres')?.code).toContain("err.code !== '57P01'");
    expect(tab('57P01', 'jdbc')?.code).toContain('"57P01".equals(e.getSQLState())');
    expect(tab('57P01', 'postgres-js')?.code).toContain("err.code !== 'CONNECTION_CLOSED'");
    expect(tab('57P01', 'psycopg')?.code).toContain('except psycopg.OperationalError:\n    if not conn.closed:');
    expect(tab('57P01', 'psycopg')?.note).toBe('The FATAL arrives as a lost connection, without 57P01: psycopg 3 raises OperationalError with sqlstate None, and conn.closed is true.');
    expect(tab('57P01', 'asyncpg')?.code).toContain('except exceptions.ConnectionDoesNotExistError:');
    expect(tab('57P01', 'ruby-pg')?.code).toContain('rescue PG::ConnectionBad');
    expect(tab('57P01', 'php-pdo')?.code).toContain("errorInfo[0] !== 'HY000'");
  });

  test('catches what each library raises on a lost connection, and reads the code from the notice', () => {
    expect(arrivalOf('57P02').arrival).toBe('connection-lost');
    const nodePostgres = tab('57P02', 'node-postgres')!.code;
    expect(nodePostgres).toContain("if (notice.code === '57P02')");
    expect(nodePostgres).toContain('if (err instanceof pg.DatabaseError) throw err;');
    expect(nodePostgres).not.toContain("err.code !== '57P02'");
    expect(tab('57P02', 'postgres-js')?.code).toContain("onnotice: (notice) => { if (notice.code === '57P02')");
    expect(tab('57P02', 'psycopg')?.code).toContain('conn.add_notice_handler(on_notice)');
    expect(tab('57P02', 'psycopg2')?.code).toContain('for notice in conn.notices:');
    expect(tab('57P02', 'asyncpg')?.code).toContain('conn.add_log_listener(on_log)');
    expect(tab('57P02', 'jdbc')?.code).toContain('"08006".equals(e.getSQLState())');
    expect(tab('57P02', 'ruby-pg')?.code).toContain('conn.set_notice_receiver');
    // No handler tests the raised error for 57P02: only notices carry it.
    const handlesTheCode = /err\.code !== '57P02'|except errors\.CrashShutdown|rescue PG::CrashShutdown|"57P02"\.equals\(e\.|pgErr\.Code|catch \(PostgresException/;
    for (const t of arrivalOf('57P02').tabs) expect(t.code, t.id).not.toMatch(handlesTheCode);
  });

  test('shows notice callbacks for a code that only comes as a warning, error class or not', () => {
    for (const code of ['01000', '0L000']) {
      expect(arrivalOf(code).arrival).toBe('notice');
      expect(tab(code, 'node-postgres')?.code).toContain("client.on('notice'");
      expect(tab(code, 'psycopg')?.code).toContain('add_notice_handler');
      expect(tab(code, 'php-pdo')?.code).toContain('setNoticeCallback');
    }
    expect(arrivalOf('0L000').summary).toBe('0L000 only ever comes as a notice (WARNING): the statement goes on, no library raises it, and each hands it to a notice callback.');
    expect(arrivalOf('0P000').summary).toContain('server log at level LOG');
    expect(blockOf('00000').arrivals).toEqual([]);
    expect(blockOf('00000').notes[0]).toContain('success');
  });

  test('says which tabs ran against a real server', () => {
    expect(arrivalOf('23505').tested).toBe('Run against PostgreSQL in our tests: every tab but pgx (Go) and Npgsql (.NET).');
    expect(arrivalOf('01006').tested).toBe('Run against PostgreSQL in our tests: every tab but pgx (Go), Npgsql (.NET) and PHP PDO.');
    for (const [arrival, ids] of Object.entries(TESTED_TABS)) expect(ids, arrival).not.toContain('pgx');
  });

  test('carries a retry verdict and the library names for every code', () => {
    for (const state of sqlStates) {
      const block = catchBlock(codeFacts(state.code));
      expect(block.retry.reason.length).toBeGreaterThan(0);
      expect(block.names.psycopg === null).toBe(state.class === '00' || state.class === '01');
    }
  });
});
