// A MariaDB fix check that proves nothing must fail loudly, as the PostgreSQL ones do in
// runner.test.ts: a useless fix, a cause state without the error, a fix that fails, a wrong value.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mariadbMissing, startMariaDb, type RunningMariaDb } from './mariadb-server';
import { fixDisagreement } from './mariadb-run';

const missing = mariadbMissing();
if (missing) console.warn(`Skipping the MariaDB fix runner's tests: ${missing}.`);

let server: RunningMariaDb;
beforeAll(async () => {
  if (!missing) server = await startMariaDb();
}, 120_000);
afterAll(async () => {
  await server?.stop();
}, 60_000);

describe.skipIf(Boolean(missing)).concurrent('fixDisagreement on MariaDB', () => {
  const cause = { setup: 'CREATE TABLE users (id int PRIMARY KEY);\nINSERT INTO users VALUES (1);', failing: 'INSERT INTO users VALUES (1);' };

  test('accepts a fix after which the failing statement succeeds', async () => {
    const fix = { code: 'DELETE FROM users WHERE id = :id;', check: { ...cause, bind: { ':id': '1' } } };
    expect(await fixDisagreement(server, 'fix_works', 1062, fix)).toBeUndefined();
  });

  test('rejects a fix after which the error is still there', async () => {
    const fix = { code: 'SELECT 1;', check: cause };
    expect(await fixDisagreement(server, 'fix_useless', 1062, fix)).toBe("after the fix, `failing` still raised 1062 Duplicate entry '1' for key 'PRIMARY'");
  });

  test("rejects a check whose cause state does not raise the entry's number", async () => {
    const fix = { code: 'SELECT 1;', check: { failing: 'SELECT * FROM no_such_table;' } };
    expect(await fixDisagreement(server, 'fix_wrong_state', 1062, fix)).toBe(
      "before the fix, `SELECT * FROM no_such_table;` should raise 1062 (the cause's state), but it raised 1146 Table 'fix_wrong_state.no_such_table' doesn't exist",
    );
  });

  test('rejects a fix whose own code fails', async () => {
    const fix = { code: 'DELETE FROM no_such_table;', check: cause };
    expect(await fixDisagreement(server, 'fix_broken', 1062, fix)).toBe("the fix's code failed: 1146 Table 'fix_broken.no_such_table' doesn't exist");
  });

  test('rejects a fix that returns something else than it promises', async () => {
    const fix = { code: 'DELETE FROM users;', check: { ...cause, then: 'SELECT count(*) FROM users;', returns: '1' } };
    expect(await fixDisagreement(server, 'fix_wrong_value', 1062, fix)).toBe('after the fix, expected "1", `SELECT count(*) FROM users;` returned "0"');
  });

  test('rejects a fix that only turns the error into a warning', async () => {
    const strictNull = { setup: 'CREATE TABLE users (id int, email varchar(9) NOT NULL);', failing: 'INSERT INTO users VALUES (1, NULL), (2, NULL);' };
    const fix = { code: "SET SESSION sql_mode = '';", check: strictNull };
    expect(await fixDisagreement(server, 'fix_still_warns', 1048, fix)).toBe('after the fix, `INSERT INTO users VALUES (1, NULL), (2, NULL);` still reports 1048');
  });
});
