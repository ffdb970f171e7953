// Reproductions, claim checks and fix checks run side by side on one server, each in a database of
// its own. Databases and tablespaces belong to the whole server, so two cases that create the same
// one collide (one of them fails with 42P04, at random): each name may be created by one case only.
// Roles belong to the server too, but the runner lets cases that touch roles take turns and drops
// the roles each created (tests/reproductions/run.ts, `isolated`), so every case may call its role `app`.
import { describe, expect, test } from 'vitest';
import { fixAsRun } from '../../src/lib/reproduction/fix-run';
import { checkCases, fixCases, reproductionCases } from './cases';

const SERVER_WIDE = /\bCREATE\s+(DATABASE|TABLESPACE)\s+(?:IF\s+NOT\s+EXISTS\s+)?("[^"]+"|\w+)/gi;

/** The databases and tablespaces a case's SQL creates, as "DATABASE shop". */
function serverWideNames(sql: string): string[] {
  return [...sql.matchAll(SERVER_WIDE)].map(([, kind, name]) => `${kind!.toUpperCase()} ${name!.toLowerCase()}`);
}

describe('cases that share one server', () => {
  test('create no database or tablespace that another case creates', () => {
    const creators = new Map<string, string[]>();
    const note = (where: string, sql = '') => {
      for (const name of new Set(serverWideNames(sql))) creators.set(name, [...(creators.get(name) ?? []), where]);
    };
    for (const c of reproductionCases()) if ('sql' in c.reproduction) note(`${c.file} reproduction`, `${c.reproduction.setup ?? ''}\n${c.reproduction.sql}`);
    for (const c of checkCases()) if (c.check.sql) note(`${c.file} checks[${c.index}]`, `${c.check.setup ?? ''}\n${c.check.sql}`);
    for (const c of fixCases()) {
      const { setup, failing, then } = c.fix.check;
      note(`${c.file} fixes[${c.index}]`, [setup, failing, fixAsRun(c.fix.code, c.fix.check), then].join('\n'));
    }
    const shared = [...creators].filter(([, where]) => where.length > 1).map(([name, where]) => `${name}: ${where.join(', ')}`);
    expect(shared, 'give each case names of its own (a scenario runs on a server of its own and is exempt)').toEqual([]);
  });
});

describe('serverWideNames', () => {
  test('finds databases and tablespaces', () => {
    expect(serverWideNames('CREATE DATABASE shop; create tablespace "Fast" LOCATION \'/x\';')).toEqual(['DATABASE shop', 'TABLESPACE "fast"']);
  });

  test('ignores roles, which the runner isolates, and tables and schemas, which live in the case’s own database', () => {
    expect(serverWideNames('CREATE ROLE app; CREATE TABLE users (id int); CREATE SCHEMA app;')).toEqual([]);
  });
});
