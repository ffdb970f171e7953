import { describe, expect, test } from 'vitest';
import { mysqlFamilyEntrySchema } from './mysql-family-entry';

const check = { setup: 'CREATE TABLE t (id int PRIMARY KEY);\nINSERT INTO t VALUES (1);', failing: 'INSERT INTO t VALUES (1);', then: 'INSERT IGNORE INTO t VALUES (1);' };
const fix = { title: 'Insert with IGNORE', when: 'Duplicates are expected.', code: 'INSERT IGNORE INTO t VALUES (1);', why: 'The duplicate becomes a warning.' };
const valid = {
  number: 1062,
  symbol: 'ER_DUP_ENTRY',
  sqlstate: '23000',
  summary: 'An insert or update would store a value a unique index already holds.',
  causes: [{ title: 'A retry inserts the same row again', detail: 'The first attempt committed.' }],
  reproduction: { setup: 'CREATE TABLE t (id int PRIMARY KEY);', sql: 'INSERT INTO t VALUES (1), (1);' },
  fixes: [fix],
  sources: [{ title: 'MariaDB Error Codes', url: 'https://mariadb.com/kb/en/mariadb-error-codes/' }],
};

/** Every problem zod reports, as "path: message". */
function problems(database: 'mysql' | 'mariadb', entry: unknown): string[] {
  const result = mysqlFamilyEntrySchema(database).safeParse(entry);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('MariaDB fixes', () => {
  test('must say how they are proven, naming the fix', () => {
    expect(problems('mariadb', valid)).toEqual([
      'fixes.0: say how the tests prove this fix: `check: { setup, failing, then }` that runs it on the server, or `untested: "<why it cannot run here>"`',
    ]);
  });

  test('may carry a check or say why they are untested', () => {
    expect(problems('mariadb', { ...valid, fixes: [{ ...fix, check }, { ...fix, untested: 'It is application code.' }] })).toEqual([]);
  });

  test('cannot name a PostgreSQL major', () => {
    expect(problems('mariadb', { ...valid, fixes: [{ ...fix, check: { ...check, since: 16 } }] })).toEqual([
      'fixes.0.check.since: `since` names a PostgreSQL major; a MySQL or MariaDB fix check runs on the MariaDB 10.11 of the tests only',
    ]);
  });

  test('cannot ask for a server of their own or other sessions, which only the PostgreSQL runner gives', () => {
    const postgresOnly = { ...check, settings: { max_connections: '5' }, concurrently: ['LOCK TABLES t WRITE;'] };
    expect(problems('mariadb', { ...valid, fixes: [{ ...fix, check: postgresOnly }] })).toEqual([
      "fixes.0.check.settings: `settings` is for PostgreSQL fix checks; the MariaDB runner sends a fix's statements in one session on the shared server",
      "fixes.0.check.concurrently: `concurrently` is for PostgreSQL fix checks; the MariaDB runner sends a fix's statements in one session on the shared server",
    ]);
  });
});

describe('MySQL fixes', () => {
  test('need neither a check nor a reason', () => {
    expect(problems('mysql', valid)).toEqual([]);
  });

  test('cannot carry a check, since no MySQL server runs in the tests', () => {
    expect(problems('mysql', { ...valid, fixes: [{ ...fix, check }] })).toEqual([
      "fixes.0.check: no MySQL server runs in the tests, so a MySQL fix cannot carry a check; the MariaDB entry's twin fix can",
    ]);
  });
});

describe('MariaDB claims', () => {
  const proven = { ...valid, fixes: [{ ...fix, check }] };
  const claim = 'The client reports the refusal';

  test('may run a client scenario instead of SQL, and check the error it printed', () => {
    expect(problems('mariadb', { ...proven, checks: [{ claim, scenario: 'refused-tcp-port', raises: 2002 }] })).toEqual([]);
  });

  test('name a scenario that exists', () => {
    expect(problems('mariadb', { ...proven, checks: [{ claim, scenario: 'no-such-scenario', raises: 2002 }] })).toEqual([
      'checks.0.scenario: no scenario "no-such-scenario" in src/lib/reproduction/mysql-scenarios.ts',
    ]);
  });

  test('give SQL or a scenario, not both', () => {
    expect(problems('mariadb', { ...proven, checks: [{ claim, sql: 'SELECT 1;', scenario: 'refused-tcp-port', raises: 2002 }] })).toEqual([
      "checks.0: give either `sql` (statements to run) or `scenario` (a client scenario's name), not both",
    ]);
  });

  test('check a scenario with raises, since a client that fails returns no row', () => {
    expect(problems('mariadb', { ...proven, checks: [{ claim, scenario: 'refused-tcp-port', returns: '1' }] })).toEqual([
      'checks.0.returns: a scenario reports the error its client printed; check it with `raises`',
    ]);
  });
});
