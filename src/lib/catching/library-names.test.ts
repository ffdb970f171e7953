import { describe, expect, test } from 'vitest';
import { dbApiClasses, libraryNames, namingRules, type NamedLibrary } from './library-names';
import { classes, getSqlState, sqlStates, type SqlState } from '../databases/postgresql/facts';

// Checked by hand in each library's own source: psycopg's errors.py (3.3.6) and psycopg2's
// sqlstate_errors.h (2.9.13), Npgsql's PostgresErrorCodes.cs, pgerrcode's errcode.go (PostgreSQL 16
// table), the class names compiled into the pg gem 1.4.5's pg_ext.so and asyncpg 0.27.0's
// exceptions/__init__.py (tests/drivers compares every code with the installed asyncpg).
const HAND_CHECKED: [NamedLibrary, string, string | null][] = [
  ['psycopg', '23505', 'psycopg.errors.UniqueViolation'],
  ['psycopg', '40001', 'psycopg.errors.SerializationFailure'],
  ['psycopg', '40P01', 'psycopg.errors.DeadlockDetected'],
  ['psycopg', '42P01', 'psycopg.errors.UndefinedTable'],
  ['psycopg', '25P02', 'psycopg.errors.InFailedSqlTransaction'],
  ['psycopg', '08004', 'psycopg.errors.SqlserverRejectedEstablishmentOfSqlconnection'],
  ['psycopg', '38002', 'psycopg.errors.ModifyingSqlDataNotPermittedExt'],
  ['psycopg', 'XX000', 'psycopg.errors.InternalError_'],
  ['psycopg', '58030', 'psycopg.errors.IoError'],
  ['psycopg', '25P04', 'psycopg.errors.TransactionTimeout'],
  ['psycopg', '10608', 'psycopg.errors.InvalidArgumentForXquery'],
  ['psycopg', '02000', 'psycopg.errors.NoData'],
  ['psycopg', '01000', null],
  ['psycopg2', '23505', 'psycopg2.errors.UniqueViolation'],
  ['psycopg2', '39004', 'psycopg2.errors.NullValueNotAllowedExt'],
  ['psycopg2', '55P03', 'psycopg2.errors.LockNotAvailable'],
  ['asyncpg', '23505', 'asyncpg.exceptions.UniqueViolationError'],
  ['asyncpg', '40001', 'asyncpg.exceptions.SerializationError'],
  ['asyncpg', '57P01', 'asyncpg.exceptions.AdminShutdownError'],
  ['asyncpg', '0A000', 'asyncpg.exceptions.FeatureNotSupportedError'],
  ['asyncpg', '01006', 'asyncpg.exceptions.PrivilegeNotRevoked'],
  ['asyncpg', '01000', 'asyncpg.exceptions.PostgresWarning'],
  ['asyncpg', '42601', 'asyncpg.exceptions.PostgresSyntaxError'],
  ['asyncpg', '58030', 'asyncpg.exceptions.PostgresIOError'],
  ['asyncpg', 'HV00R', 'asyncpg.exceptions.FDWTableNotFoundError'],
  ['asyncpg', 'P0000', 'asyncpg.exceptions.PLPGSQLError'],
  ['asyncpg', '08006', 'asyncpg.exceptions.ConnectionFailureError'],
  ['asyncpg', '57P05', 'asyncpg.exceptions.IdleSessionTimeoutError'],
  ['asyncpg', '2203G', null],
  ['npgsql', '23505', 'PostgresErrorCodes.UniqueViolation'],
  ['npgsql', '40001', 'PostgresErrorCodes.SerializationFailure'],
  ['npgsql', '08001', 'PostgresErrorCodes.SqlClientUnableToEstablishSqlConnection'],
  ['npgsql', '01004', 'PostgresErrorCodes.StringDataRightTruncationWarning'],
  ['npgsql', '2F005', 'PostgresErrorCodes.FunctionExecutedNoReturnStatementSqlRoutineException'],
  ['npgsql', '72000', 'PostgresErrorCodes.SnapshotFailure'],
  ['npgsql', '57P01', 'PostgresErrorCodes.AdminShutdown'],
  ['npgsql', '2200L', 'PostgresErrorCodes.NotAnXmlDocument'],
  ['npgsql', '57P05', null],
  ['npgsql', '25P03', null],
  ['pgerrcode', '23505', 'pgerrcode.UniqueViolation'],
  ['pgerrcode', '40P01', 'pgerrcode.DeadlockDetected'],
  ['pgerrcode', '08001', 'pgerrcode.SQLClientUnableToEstablishSQLConnection'],
  ['pgerrcode', '22001', 'pgerrcode.StringDataRightTruncationDataException'],
  ['pgerrcode', '58030', 'pgerrcode.IOError'],
  ['pgerrcode', 'HV000', 'pgerrcode.FDWError'],
  ['pgerrcode', 'P0000', 'pgerrcode.PLpgSQLError'],
  ['pgerrcode', '39P02', 'pgerrcode.SRFProtocolViolated'],
  ['pgerrcode', '39001', 'pgerrcode.InvalidSQLstateReturned'],
  ['pgerrcode', '22031', 'pgerrcode.InvalidArgumentForSQLJSONDatetimeFunction'],
  ['pgerrcode', '25P04', null],
  ['ruby-pg', '23505', 'PG::UniqueViolation'],
  ['ruby-pg', '40001', 'PG::TRSerializationFailure'],
  ['ruby-pg', '40P01', 'PG::TRDeadlockDetected'],
  ['ruby-pg', '2201E', 'PG::InvalidArgumentForLog'],
  ['ruby-pg', '42P05', 'PG::DuplicatePstatement'],
  ['ruby-pg', '0F001', 'PG::LEInvalidSpecification'],
  ['ruby-pg', '2F002', 'PG::SREModifyingSqlDataNotPermitted'],
  ['ruby-pg', '39004', 'PG::ERIENullValueNotAllowed'],
  ['ruby-pg', '53300', 'PG::TooManyConnections'],
  ['ruby-pg', '01000', null],
  ['ruby-pg', '58P03', null],
];

describe('libraryNames', () => {
  test.each(HAND_CHECKED)('%s names %s %s', (library, code, expected) => {
    expect(libraryNames(getSqlState(code))[library]).toBe(expected);
  });
});

/**
 * The letters of a name, ignoring case and underscores: every rule keeps them, in order, but for
 * the word asyncpg puts last (Error, for an Exception, a Failure or nothing) and its Postgres
 * prefix on names Python's builtins have.
 */
const letters = (text: string) => text.replaceAll('_', '').toLowerCase();
const lettersOfName: Partial<Record<NamedLibrary, (name: string) => string>> = {
  asyncpg: (name) => letters(name.replace(/^Postgres(?=Warning|ConnectionError|FloatingPointError|SyntaxError|SystemError|IOError)/, '').replace(/Error$/, '')),
};

/** What each rule spells, independently of how library-names.ts builds it. */
const spelledFrom: Record<NamedLibrary, (state: SqlState) => string> = {
  psycopg: (s) => s.condition,
  psycopg2: (s) => s.condition,
  asyncpg: (s) => s.condition.replace(/_(exception|failure|error)$/, ''),
  npgsql: (s) => s.condition,
  pgerrcode: (s) => s.condition,
  'ruby-pg': (s) => s.macro.replace(/^ERRCODE_/, ''),
};

describe.each(Object.values(namingRules))('$title', (rule) => {
  const named = sqlStates.filter((s) => rule.name(s) !== null);

  test('spells every name not in its exception list from the rule’s source, word by word', () => {
    const wrong = named
      .filter((s) => !(s.code in rule.exceptions))
      .filter((s) => {
        const name = rule.name(s)!;
        const words = spelledFrom[rule.library](s).split('_');
        const startsUpperCase = /^[A-Z]/.test(name);
        const nameLetters = (lettersOfName[rule.library] ?? letters)(name);
        return nameLetters !== letters(words.join('')) || !startsUpperCase || /_/.test(name);
      })
      .map((s) => `${s.code} ${rule.name(s)}`);
    expect(wrong).toEqual([]);
  });

  test('lists only real departures from the plain PascalCase spelling as exceptions', () => {
    for (const [code, name] of Object.entries(rule.exceptions)) {
      const state = getSqlState(code);
      const pascal = spelledFrom[rule.library](state)
        .toLowerCase()
        .split('_')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
      expect(rule.name(state)).toBe(name);
      expect(name).not.toBe(pascal);
    }
  });

  test('gives every code it names a name of its own', () => {
    const names = named.map((s) => rule.name(s));
    expect(new Set(names).size).toBe(names.length);
  });

  test('says why exactly when it has no name', () => {
    for (const state of sqlStates) {
      expect(rule.whyNoName(state) === null).toBe(rule.name(state) !== null);
    }
  });
});

describe('coverage of each library’s list', () => {
  const missing = (library: NamedLibrary) => sqlStates.filter((s) => namingRules[library].name(s) === null).map((s) => s.code);

  test('psycopg and psycopg2 skip only classes 00 and 01', () => {
    const successAndWarnings = sqlStates.filter((s) => s.class === '00' || s.class === '01').map((s) => s.code);
    expect(missing('psycopg')).toEqual(successAndWarnings);
    expect(missing('psycopg2')).toEqual(successAndWarnings);
  });

  test('asyncpg names warnings and errors, and lacks success and the codes PostgreSQL added after 14', () => {
    expect([...missing('asyncpg')].sort()).toEqual(['00000', '10608', '2203G', '25P04', '58P03']);
  });

  test('pgerrcode lacks the codes PostgreSQL added after 16', () => {
    expect([...missing('pgerrcode')].sort()).toEqual(['10608', '25P04', '58P03']);
  });

  test('the pg gem names error codes up to PostgreSQL 15 only', () => {
    const warnings = sqlStates.filter((s) => s.kind !== 'error').map((s) => s.code);
    expect([...missing('ruby-pg')].sort()).toEqual([...warnings, '10608', '25P04', '58P03'].sort());
  });

  test('Npgsql lacks 26 codes, all added in PostgreSQL 9.6 or later', () => {
    const lacking = missing('npgsql').map(getSqlState);
    expect(lacking).toHaveLength(26);
    expect(lacking.every((s) => Number.parseFloat(s.since) >= 9.6)).toBe(true);
  });
});

describe('dbApiClasses', () => {
  test.each([
    ['23505', 'IntegrityError', 'IntegrityError'],
    ['42P01', 'ProgrammingError', 'ProgrammingError'],
    ['22012', 'DataError', 'DataError'],
    ['40001', 'OperationalError', 'OperationalError'],
    ['57014', 'OperationalError', 'OperationalError'],
    ['0A000', 'NotSupportedError', 'NotSupportedError'],
    ['26000', 'ProgrammingError', 'OperationalError'],
    ['P0001', 'ProgrammingError', 'InternalError'],
    ['10608', 'ProgrammingError', 'DatabaseError'],
    ['72000', 'DatabaseError', 'DatabaseError'],
  ])('%s is %s in psycopg 3 and %s in psycopg2', (code, psycopg, psycopg2) => {
    expect(dbApiClasses(getSqlState(code))).toEqual({ psycopg, psycopg2 });
  });

  test('maps every error class PostgreSQL defines to a PEP 249 class', () => {
    for (const { class: key } of classes) {
      const state = sqlStates.find((s) => s.class === key)!;
      expect(dbApiClasses(state).psycopg).toMatch(/Error$/);
    }
  });
});
