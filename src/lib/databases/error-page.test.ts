// The page pieces each system's adapter builds: what a reader sees under "Reproduce it" and
// "Catch it in code", built from the recorded runs and the data.
import { describe, expect, test } from 'vitest';
import { findMySqlError } from './mysql-family/facts';
import { mysqlCatchView, mysqlReproductionView } from './mysql-family/page';
import { postgresReproductionView } from './postgresql/page';
import { mariadbObservation } from '../reproduction/mariadb-runs';
import { observationOf } from '../reproduction/observations';

describe("PostgreSQL's reproduction", () => {
  const reproduction = { setup: 'CREATE TABLE users (email text UNIQUE);', sql: "INSERT INTO users VALUES ('a'), ('a');" };

  test('shows the statements, what the newest server printed, and how the other majors did', () => {
    const view = postgresReproductionView('23505', reproduction, observationOf('23505'));
    expect(view.script).toEqual({ code: `${reproduction.setup}\n\n${reproduction.sql}`, lang: 'sql' });
    expect(view.output?.text).toMatch(/^ERROR: {2}duplicate key value violates unique constraint/m);
    expect(view.output?.source).toMatch(/^printed by PostgreSQL 18\.\d+ in this site's tests$/);
    expect(view.versions).toEqual({ same: expect.stringMatching(/^Same output on PostgreSQL 14\.\d+, 15\.\d+, 16\.\d+, 17\.\d+ and 18\.\d+\.$/), differing: [] });
  });

  test('says why it cannot run, and shows no output, where the error cannot be raised in the tests', () => {
    const view = postgresReproductionView('57P02', { unavailable: 'It needs a server process to die.' }, undefined);
    expect(view).toEqual({ unavailable: 'It needs a server process to die.' });
  });
});

describe("MySQL's and MariaDB's reproduction", () => {
  const reproduction = { setup: 'CREATE TABLE t (id int PRIMARY KEY);', sql: 'INSERT INTO t VALUES (1), (1);' };

  test("shows on a MariaDB page what MariaDB's client printed", () => {
    const view = mysqlReproductionView('mariadb', findMySqlError('mariadb', 1062)!, reproduction, mariadbObservation(1062));
    expect(view.output?.text).toMatch(/^ERROR 1062 \(23000\): Duplicate entry '[^%]+' for key '[^%]+'$/);
    expect(view.output?.source).toMatch(/^printed by MariaDB 10\.11\.\d+ in this site's tests$/);
    expect(view.versions).toBeUndefined();
  });

  test('shows on a MySQL page the message format, and says that MariaDB ran the statements', () => {
    const view = mysqlReproductionView('mysql', findMySqlError('mysql', 1062)!, reproduction, undefined);
    expect(view.output).toEqual({
      text: expect.stringMatching(/^ERROR 1062 \(23000\): Duplicate entry '%-\.\d+s' for key '%-\.\d+s'$/),
      source: "MySQL's message format, with its placeholders: no MySQL server runs in this site's tests, which check that the same statements raise error 1062 on MariaDB",
      ariaLabel: 'Message format',
    });
  });
});

describe("MySQL's and MariaDB's catch block", () => {
  test('wraps the connect call for an error that refuses the login, and tells the number from the SQLSTATE', () => {
    const view = mysqlCatchView('mariadb', findMySqlError('mariadb', 1040)!);
    expect(view.notes[0]).toMatch(/^1040 refuses the connection: the handler wraps the connect call/);
    expect(view.notes[0]).toContain('MariaDB reports many numbers under one SQLSTATE (`08004` here)');
    expect(view.arrivals).toHaveLength(1);
    expect(view.arrivals[0]!.tabs.map((tab) => tab.id)).toContain('pdo');
    expect(view.retry).toBeUndefined();
  });
});
