// Reproductions and claim checks run side by side on one server, each in a database of its own.
// Roles and databases belong to the whole server, so two cases that create the same one collide
// (one of them fails with 42710 or 42P04, at random): each name may be created by one case only.
import { describe, expect, test } from 'vitest';
import { checkCases, reproductionCases } from './cases';

const SERVER_WIDE = /\bCREATE\s+(ROLE|USER(?!\s+MAPPING\b)|GROUP|DATABASE|TABLESPACE)\s+(?:IF\s+NOT\s+EXISTS\s+)?("[^"]+"|\w+)/gi;

/** The roles, databases and tablespaces a case's SQL creates, as "ROLE app". */
function serverWideNames(sql: string): string[] {
  return [...sql.matchAll(SERVER_WIDE)].map(([, kind, name]) => `${kind!.toUpperCase().replace(/USER|GROUP/, 'ROLE')} ${name!.toLowerCase()}`);
}

describe('cases that share one server', () => {
  test('create no role, database or tablespace that another case creates', () => {
    const creators = new Map<string, string[]>();
    const note = (where: string, sql = '') => {
      for (const name of new Set(serverWideNames(sql))) creators.set(name, [...(creators.get(name) ?? []), where]);
    };
    for (const c of reproductionCases()) if ('sql' in c.reproduction) note(`${c.file} reproduction`, `${c.reproduction.setup ?? ''}\n${c.reproduction.sql}`);
    for (const c of checkCases()) if (c.check.sql) note(`${c.file} checks[${c.index}]`, `${c.check.setup ?? ''}\n${c.check.sql}`);
    const shared = [...creators].filter(([, where]) => where.length > 1).map(([name, where]) => `${name}: ${where.join(', ')}`);
    expect(shared, 'give each case names of its own (a scenario runs on a server of its own and is exempt)').toEqual([]);
  });
});

describe('serverWideNames', () => {
  test('finds roles under every spelling and databases', () => {
    expect(serverWideNames('CREATE ROLE app LOGIN; create user "Web"; CREATE DATABASE shop;')).toEqual(['ROLE app', 'ROLE "web"', 'DATABASE shop']);
  });

  test('ignores tables and schemas, which live in the case’s own database', () => {
    expect(serverWideNames('CREATE TABLE users (id int); CREATE SCHEMA app;')).toEqual([]);
  });

  test('does not read CREATE USER MAPPING as a role', () => {
    expect(serverWideNames('CREATE USER MAPPING FOR CURRENT_USER SERVER remote;')).toEqual([]);
  });
});
