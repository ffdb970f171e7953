import { describe, expect, test } from 'vitest';
import { entrySchema } from './entry-schema';

const valid = {
  code: '23505',
  condition: 'unique_violation',
  class: '23',
  summary: 'An insert or update would duplicate a value a unique index forbids.',
  commonMessages: ['duplicate key value violates unique constraint "%s"'],
  causes: [{ title: 'A retry inserts the same row again', detail: 'The first attempt committed.' }],
  reproduction: { setup: 'CREATE TABLE users (email text UNIQUE);', sql: "INSERT INTO users VALUES ('a'), ('a');" },
  fixes: [{ title: 'Use ON CONFLICT', when: 'Duplicates are expected.', code: 'INSERT ... ON CONFLICT DO NOTHING;', why: 'The index decides.', untested: 'Shown with a placeholder.' }],
  related: [{ code: '42P10', note: 'ON CONFLICT names no unique index.' }],
  sources: [{ title: 'INSERT', url: 'https://www.postgresql.org/docs/current/sql-insert.html' }],
};

/** The first problem zod reports, as "path: message". */
function problem(entry: unknown): string | undefined {
  const result = entrySchema.safeParse(entry);
  if (result.success) return undefined;
  const [issue] = result.error.issues;
  return `${issue!.path.join('.')}: ${issue!.message}`;
}

describe('entrySchema', () => {
  test('accepts a complete entry', () => {
    expect(problem(valid)).toBeUndefined();
  });

  test('rejects a code PostgreSQL does not define', () => {
    expect(problem({ ...valid, code: '99999' })).toBe('code: PostgreSQL defines no SQLSTATE "99999"');
  });

  test('rejects a condition name that belongs to another code', () => {
    expect(problem({ ...valid, condition: 'not_null_violation' })).toBe(
      'condition: "not_null_violation" is not the condition name of 23505; PostgreSQL calls it "unique_violation"',
    );
  });

  test('rejects a class that does not match the code', () => {
    expect(problem({ ...valid, class: '42' })).toBe('class: 23505 is in class "23", not "42"');
  });

  test('accepts a cause that names the fix removing it by its title', () => {
    expect(problem({ ...valid, causes: [{ ...valid.causes[0], fix: 'Use ON CONFLICT' }] })).toBeUndefined();
  });

  test('rejects a cause whose fix is not one of the entry\'s fixes, listing their titles', () => {
    expect(problem({ ...valid, causes: [{ ...valid.causes[0], fix: 'Use ON CONFLICT DO NOTHING' }] })).toBe(
      'causes.0.fix: no fix is titled "Use ON CONFLICT DO NOTHING"; copy the title of the fix that removes this cause: "Use ON CONFLICT"',
    );
  });

  describe('a fix written per stack', () => {
    const perStack = { ...valid.fixes[0], lang: 'js', code: 'await pool.query(sql);', stack: 'node-postgres', otherStacks: [{ stack: 'psycopg', lang: 'python', code: 'conn.execute(sql)' }] };
    test('accepts versions for catch tabs of the database', () => {
      expect(problem({ ...valid, fixes: [perStack] })).toBeUndefined();
    });
    test('rejects a stack that is no catch tab, listing the tabs', () => {
      expect(problem({ ...valid, fixes: [{ ...perStack, otherStacks: [{ stack: 'mysql2', lang: 'js', code: 'x' }] }] })).toMatch(
        /^fixes\.0\.otherStacks\.0\.stack: "mysql2" is not a tab of "Catch it in code"; use one of plpgsql, node-postgres, /,
      );
    });
    test('rejects a second version for the same stack', () => {
      expect(problem({ ...valid, fixes: [{ ...perStack, otherStacks: [{ stack: 'node-postgres', lang: 'js', code: 'x' }] }] })).toBe(
        'fixes.0.otherStacks.0.stack: the fix already has a version for node-postgres',
      );
    });
    test('rejects a server check on application code', () => {
      const { untested: _, ...checked } = { ...perStack, check: { then: 'SELECT 1;' } };
      expect(problem({ ...valid, fixes: [checked] })).toBe(
        'fixes.0.check: a fix per stack is application code, which the fix checks (SQL on the server) cannot run; give `untested` instead',
      );
    });
    test('rejects other stacks without the stack of its own code', () => {
      const { stack: _, ...withoutStack } = perStack;
      expect(problem({ ...valid, fixes: [withoutStack] })).toBe('fixes.0.stack: a fix with `otherStacks` needs `stack`: the catch tab its own `code` is written for');
    });
  });

  test('rejects an entry without causes', () => {
    expect(problem({ ...valid, causes: [] })).toBe('causes: needs at least one cause: why does this error happen?');
  });

  test('rejects an entry without a reproduction', () => {
    const { reproduction: _, ...withoutReproduction } = valid;
    expect(problem(withoutReproduction)).toBe('reproduction: is missing: give { setup?, sql }, { scenario } or { unavailable: "why" }');
  });

  test('rejects a fix without its reason', () => {
    expect(problem({ ...valid, fixes: [{ ...valid.fixes[0], why: '' }] })).toBe('fixes.0.why: must not be empty');
  });

  test('rejects a related code that does not exist', () => {
    expect(problem({ ...valid, related: [{ code: '2350X', note: 'typo' }] })).toBe('related.0.code: PostgreSQL defines no SQLSTATE "2350X"');
  });

  test('rejects a message the source does not raise with the code', () => {
    expect(problem({ ...valid, commonMessages: ['duplicate key'] })).toMatch(/^commonMessages\.0: PostgreSQL's source raises no message "duplicate key"/);
  });

  test('accepts a claim check that expects an error or a value', () => {
    const checks = [
      { claim: 'A duplicate fails', setup: 'CREATE TABLE t (a int UNIQUE);', sql: 'INSERT INTO t VALUES (1), (1);', raises: '23505' },
      { claim: 'A constant-false arm never runs', sql: 'SELECT CASE WHEN 1 > 2 THEN 1/0 ELSE 1 END;', returns: '1' },
    ];
    expect(problem({ ...valid, checks })).toBeUndefined();
  });

  test('rejects a claim check that says neither what it raises nor what it returns', () => {
    expect(problem({ ...valid, checks: [{ claim: 'Something happens', sql: 'SELECT 1;' }] })).toBe(
      'checks.0: say what the server must do: `raises: "<SQLSTATE>"` or `returns: "<value>"`, one of the two',
    );
  });

  test('rejects a claim check with both statements and a scenario', () => {
    expect(problem({ ...valid, checks: [{ claim: 'Both', sql: 'SELECT 1;', scenario: 'too-many-connections', raises: '53300' }] })).toBe(
      'checks.0: give either `sql` (statements to run) or `scenario` (a scenario name), not both',
    );
  });

  test('rejects a claim check on a message without an error to carry it', () => {
    expect(problem({ ...valid, checks: [{ claim: 'Wording', sql: 'SELECT 1;', returns: '1', message: 'one' }] })).toBe(
      'checks.0.message: `message` checks the wording of an error, so it needs `raises`',
    );
  });
});

describe('claims about the code behind PgBouncer (poolerChecks)', () => {
  const steps = [{ session: 'app', sql: 'CREATE TEMP TABLE cart (id int)' }, { session: 'app', sql: 'SELECT count(*) FROM cart' }];
  const all = (entry: unknown) => {
    const result = entrySchema.safeParse(entry);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  test('accepts a scenario through the pooler that expects a SQLSTATE with its message, a PgBouncer message, both, or a value', () => {
    const poolerChecks = [
      { claim: 'The temp table is gone', pooler: { pool_mode: 'transaction' }, steps, sqlstate: '42P01', message: 'does not exist' },
      { claim: 'Too many clients', pooler: { settings: { max_client_conn: 1 } }, steps, raises: 'no-more-connections-allowed-max_client_conn' },
      { claim: 'Session pooling keeps it', pooler: { pool_mode: 'session' }, steps, returns: '0' },
      { claim: 'The server\'s error, then the pooler\'s', steps, sqlstate: '57P01', raises: 'server-conn-crashed' },
    ];
    expect(all({ ...valid, poolerChecks })).toEqual([]);
  });

  test('name the field of a PgBouncer slug or SQLSTATE that does not exist', () => {
    const poolerChecks = [
      { claim: 'Too many clients', steps, raises: 'too-many-clients' },
      { claim: 'A made-up code', steps, sqlstate: '4XP01' },
    ];
    expect(all({ ...valid, poolerChecks })).toEqual([
      'poolerChecks.0.raises: PgBouncer sends no message with slug "too-many-clients"; copy the slug from src/data/pgbouncer/messages.json',
      'poolerChecks.1.sqlstate: PostgreSQL defines no SQLSTATE "4XP01"',
    ]);
  });

  test('rotates server connections only under transaction pooling, and without its own pool settings', () => {
    const rotating = { claim: 'The temp table is gone', pooler: { pool_mode: 'transaction' }, rotateServers: 2, steps, sqlstate: '42P01' };
    expect(all({ ...valid, poolerChecks: [rotating] })).toEqual([]);
    const message = 'poolerChecks.0.rotateServers: `rotateServers` spreads a client\'s transactions, which needs `pool_mode: transaction`, and sets default_pool_size and server_round_robin itself: drop them from `settings`';
    expect(all({ ...valid, poolerChecks: [{ ...rotating, pooler: { pool_mode: 'session' } }] })).toEqual([message]);
    expect(all({ ...valid, poolerChecks: [{ ...rotating, pooler: { pool_mode: 'transaction', settings: { default_pool_size: 5 } } }] })).toEqual([message]);
  });

  test('rejects a message without the SQLSTATE that carries it, and a pool_mode PgBouncer does not have', () => {
    expect(all({ ...valid, poolerChecks: [{ claim: 'Wording', steps, returns: '0', message: 'gone' }] })).toEqual([
      'poolerChecks.0.message: `message` is the text that arrives with `sqlstate`, so it needs `sqlstate` (a PgBouncer message is named by `raises`)',
    ]);
    expect(all({ ...valid, poolerChecks: [{ claim: 'Mode', pooler: { pool_mode: 'transactions' }, steps, returns: '0' }] })).toEqual([
      expect.stringMatching(/^poolerChecks\.0\.pooler\.pool_mode: /),
    ]);
  });
});

describe('a fix check that says from which major the error is raised', () => {
  const withCheck = (check: object) => ({ ...valid, fixes: [{ ...valid.fixes[0], untested: undefined, check }] });

  test('is valid with the failing statements it qualifies', () => {
    expect(problem(withCheck({ failing: 'DELETE FROM customers;', raisedFrom: 18 }))).toBeUndefined();
  });

  test('needs failing statements, and a major after since', () => {
    const message = /^fixes\.0\.check\.raisedFrom: `raisedFrom` says from which major `failing` raises the error/;
    expect(problem(withCheck({ then: 'SELECT 1;', raisedFrom: 18 }))).toMatch(message);
    expect(problem(withCheck({ failing: 'SELECT 1;', since: 17, raisedFrom: 16 }))).toMatch(message);
  });
});
