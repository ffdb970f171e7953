import { describe, expect, test } from 'vitest';
import { batchRun, fixAsRun, fixProblem, majorsOfFix, withServerValues, type BatchRun } from './fix-run';

describe('the SQL a fix check runs', () => {
  test('is the fix as shown when it has no placeholders', () => {
    expect(fixAsRun('CREATE INDEX ON orders (customer_id);', {})).toBe('CREATE INDEX ON orders (customer_id);');
  });

  test('binds every occurrence of each placeholder', () => {
    const code = 'GRANT SELECT ON <table> TO <role>;\nGRANT USAGE ON SCHEMA public TO <role>;';
    expect(fixAsRun(code, { bind: { '<table>': 'orders', '<role>': 'app' } })).toBe(
      'GRANT SELECT ON orders TO app;\nGRANT USAGE ON SCHEMA public TO app;',
    );
  });

  test('sets a fragment inside the SQL around it, after binding', () => {
    const within = 'DO $$ BEGIN\n{{fix}}\nEND $$;';
    expect(fixAsRun('PERFORM pay(:id);', { bind: { ':id': '42' }, within })).toBe('DO $$ BEGIN\nPERFORM pay(42);\nEND $$;');
  });
});

describe('the majors a fix check runs on', () => {
  test('are all supported majors by default', () => {
    expect(majorsOfFix({})).toEqual([14, 15, 16, 17, 18]);
  });

  test('start at the first major that has what the fix uses', () => {
    expect(majorsOfFix({ since: 16 })).toEqual([16, 17, 18]);
  });
});

describe('judging a fix, whatever the server', () => {
  const duplicate = { code: '1062', described: "1062 Duplicate entry '1' for key 'PRIMARY'" };
  /** A server that answers each batch with the next scripted run, and records what it was sent. */
  function scripted(...runs: BatchRun[]) {
    const sent: string[] = [];
    const run = async (sql: string) => {
      sent.push(sql);
      return runs.shift()!;
    };
    return { sent, run };
  }

  test('sends the failing statements, the fix as bound, then the failing statements again', async () => {
    const server = scripted({ statement: 'INSERT', firstError: duplicate, reported: duplicate }, { statement: 'DELETE' }, { statement: 'INSERT' });
    const fix = { code: 'DELETE FROM t WHERE id = :id;', check: { failing: 'INSERT INTO t VALUES (1);', bind: { ':id': '1' } } };
    expect(await fixProblem('1062', fix, server.run)).toBeUndefined();
    expect(server.sent).toEqual(['INSERT INTO t VALUES (1);', 'DELETE FROM t WHERE id = 1;', 'INSERT INTO t VALUES (1);']);
  });

  test('stops at a cause state that does not raise the code, before running the fix', async () => {
    const server = scripted({ statement: 'SELECT 1;' });
    const fix = { code: 'SELECT 2;', check: { failing: 'SELECT 1;' } };
    expect(await fixProblem('1062', fix, server.run)).toBe("before the fix, `SELECT 1;` should raise 1062 (the cause's state), but it succeeded");
    expect(server.sent).toEqual(['SELECT 1;']);
  });

  test('on a major older than the one that raises the error, runs the fix and the failing statements after it only', async () => {
    const server = scripted({ statement: 'DELETE' }, { statement: 'DELETE' });
    const fix = { code: 'DELETE FROM orders;', check: { failing: 'DELETE FROM customers;', raisedFrom: 18 } };
    expect(await fixProblem('23001', fix, server.run, 14)).toBeUndefined();
    expect(server.sent).toEqual(['DELETE FROM orders;', 'DELETE FROM customers;']);
  });

  test('from the major that raises the error on, requires the failing statements to raise it', async () => {
    const server = scripted({ statement: 'DELETE FROM customers;' });
    const fix = { code: 'DELETE FROM orders;', check: { failing: 'DELETE FROM customers;', raisedFrom: 18 } };
    expect(await fixProblem('23001', fix, server.run, 18)).toMatch(/^before the fix, `DELETE FROM customers;` should raise 23001/);
  });

  test('refuses a fix after which the code is still reported as a warning', async () => {
    const server = scripted({ statement: 'SET x;' }, { statement: 'INSERT', reported: duplicate });
    const fix = { code: 'SET x;', check: { then: 'INSERT IGNORE INTO t VALUES (1);' } };
    expect(await fixProblem('1062', fix, server.run)).toBe('after the fix, `INSERT` still reports 1062');
  });
});

describe('batchRun', () => {
  const asReported = (error: { code: string }) => ({ code: error.code, described: `${error.code} text` });
  const hasCode = (warning: { code: string }) => warning.code === '01006';

  test('reports the first error of the batch and the last statement\'s own error', () => {
    const seen = { statement: 'SELECT 1;', earlier: [{ code: '22012' }], error: { code: '25P02' } };
    expect(batchRun(seen, [{ code: '01006' }], hasCode, asReported)).toEqual({
      statement: 'SELECT 1;',
      firstError: { code: '22012', described: '22012 text' },
      reported: { code: '25P02', described: '25P02 text' },
      value: undefined,
    });
  });

  test('reports a warning with the entry\'s code when the last statement succeeded', () => {
    const seen = { statement: 'REVOKE ...;', earlier: [], value: 'x' };
    expect(batchRun(seen, [{ code: '01000' }, { code: '01006' }], hasCode, asReported)).toEqual({
      statement: 'REVOKE ...;',
      reported: { code: '01006', described: '01006 text' },
      value: 'x',
    });
  });
});

describe('what a check names without knowing it', () => {
  const values = { port: 54321, database: 'fix_hv00q_0', user: 'postgres', password: 'pw' };

  test('is filled in every statement and bound value, each time it stands', () => {
    const check = {
      setup: "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (port '{{port}}', dbname '{{database}}');",
      failing: 'SELECT 1;',
      bind: { "'localhost'": "'127.0.0.1', port '{{port}}'" },
      concurrently: ['SELECT {{port}}, {{port}};'],
      then: "SELECT '{{user}}:{{password}}';",
    };
    expect(withServerValues(check, values)).toEqual({
      setup: "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (port '54321', dbname 'fix_hv00q_0');",
      failing: 'SELECT 1;',
      bind: { "'localhost'": "'127.0.0.1', port '54321'" },
      concurrently: ['SELECT 54321, 54321;'],
      then: "SELECT 'postgres:pw';",
    });
  });

  test('leaves {{fix}} and unknown names for the fix and the writer', () => {
    expect(withServerValues({ then: 'SELECT 1;', within: 'DO $$ BEGIN {{fix}} {{host}} END $$;' }, values).within).toBe('DO $$ BEGIN {{fix}} {{host}} END $$;');
  });
});
