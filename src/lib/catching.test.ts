import { describe, expect, test } from 'vitest';
import { catchSnippets, plpgsqlCondition, psycopgClassName } from './catching';
import { getSqlState, sqlStates } from './postgres';

describe('psycopgClassName', () => {
  test.each([
    ['23505', 'UniqueViolation'],
    ['40001', 'SerializationFailure'],
    ['25P02', 'InFailedSqlTransaction'],
    ['42P01', 'UndefinedTable'],
    ['53300', 'TooManyConnections'],
    ['08004', 'SqlserverRejectedEstablishmentOfSqlconnection'],
    ['38002', 'ModifyingSqlDataNotPermittedExt'],
    ['XX000', 'InternalError_'],
  ])('%s is errors.%s', (code, name) => {
    expect(psycopgClassName(getSqlState(code))).toBe(name);
  });

  test('gives warnings and success no exception class', () => {
    expect(psycopgClassName(getSqlState('01000'))).toBeNull();
    expect(psycopgClassName(getSqlState('00000'))).toBeNull();
  });

  test('gives every error code a distinct class name', () => {
    const names = sqlStates.map(psycopgClassName).filter((name): name is string => name !== null);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('plpgsqlCondition', () => {
  test('names the condition where it belongs to one code', () => {
    expect(plpgsqlCondition(getSqlState('23505'))).toBe('unique_violation');
  });

  test('names the SQLSTATE where two codes share the condition name', () => {
    expect(plpgsqlCondition(getSqlState('22001'))).toBe("SQLSTATE '22001'");
  });
});

describe('catchSnippets', () => {
  const input = (code: string, atConnect = false) => {
    const state = getSqlState(code);
    return { state, plpgsqlCondition: plpgsqlCondition(state), psycopgClass: psycopgClassName(state), atConnect };
  };

  test('shows PL/pgSQL, node-postgres and psycopg for an error raised by a statement', () => {
    const snippets = catchSnippets(input('23505'));
    expect(snippets.map((s) => s.label)).toEqual(['PL/pgSQL', 'node-postgres', 'psycopg 3']);
    expect(snippets[0]!.code).toContain('WHEN unique_violation THEN');
    expect(snippets[1]!.code).toContain("err.code === '23505'");
    expect(snippets[2]!.code).toContain('except errors.UniqueViolation');
  });

  test('leaves out PL/pgSQL for errors raised at login, which no function can catch', () => {
    const snippets = catchSnippets(input('53300', true));
    expect(snippets.map((s) => s.label)).toEqual(['node-postgres', 'psycopg 3']);
    expect(snippets[0]!.code).toContain('client.connect()');
  });

  test('shows notice handlers for warnings', () => {
    expect(catchSnippets(input('01000'))[0]!.code).toContain("client.on('notice'");
  });
});
