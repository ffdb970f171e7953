import { describe, expect, test } from 'vitest';
import { causeFixLinks, firstStep, fixOfCause, mostLikely } from './first-fix';

const fix = (title: string, code = 'SELECT 1;', lang = 'sql') => ({ title, code, lang });
const guide = {
  causes: [{ title: 'A retry inserts the row again' }, { title: 'The sequence is behind', fix: 'Move the sequence' }, { title: 'Replication conflict' }],
  fixes: [fix('Read the key'), fix('Move the sequence', "SELECT setval('s', 10);")],
};

describe('fixOfCause', () => {
  test('follows the fix a cause names', () => {
    expect(fixOfCause(guide, 1)).toBe(1);
  });
  test('gives the first cause the first fix when it names none', () => {
    expect(fixOfCause(guide, 0)).toBe(0);
  });
  test('guesses nothing for a later cause that names no fix', () => {
    expect(fixOfCause(guide, 2)).toBeUndefined();
  });
});

test('links each cause to its fix by anchor and title, and leaves the unnamed ones without a link', () => {
  expect(causeFixLinks(guide)).toEqual([{ anchor: 'fix-1', title: 'Read the key' }, { anchor: 'fix-2', title: 'Move the sequence' }, undefined]);
});

test('the box names the first cause and the first step of the fix it names', () => {
  const named = { ...guide, causes: [{ title: 'The sequence is behind', fix: 'Move the sequence' }] };
  expect(mostLikely(named)).toEqual({ cause: 'The sequence is behind', fix: { title: 'Move the sequence', anchor: 'fix-2' }, step: "SELECT setval('s', 10);" });
});

describe('firstStep', () => {
  test('skips the comments at the top and keeps the whole first statement, not the next', () => {
    const code = '-- the name from the message\nSELECT indrelid::regclass\nFROM pg_index\nWHERE indexrelid = $1;\nSELECT 2;\n';
    expect(firstStep(code, 'sql')).toBe('SELECT indrelid::regclass\nFROM pg_index\nWHERE indexrelid = $1;');
  });
  test('ends a statement at a semicolon followed by a comment', () => {
    expect(firstStep('SET client_min_messages = warning;   -- this session only\nALTER ROLE app SET x = 1;', 'sql')).toBe(
      'SET client_min_messages = warning;   -- this session only',
    );
  });
  test('does not end a statement at a semicolon inside a dollar-quoted body', () => {
    const code = 'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND $$;\nSELECT f();';
    expect(firstStep(code, 'sql')).toBe('CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND $$;');
  });
  test('shows what runs inside a transaction, not BEGIN alone', () => {
    expect(firstStep('BEGIN;\nDECLARE c CURSOR FOR SELECT 1;\nFETCH c;', 'sql')).toBe('BEGIN;\nDECLARE c CURSOR FOR SELECT 1;');
  });
  test('keeps a shell command with its continuation lines', () => {
    expect(firstStep('# on the server\ngrep -E pattern \\\n  /var/log/pg.log | tail\npsql -c "SELECT 1"', 'shell')).toBe('grep -E pattern \\\n  /var/log/pg.log | tail');
  });
  test('keeps an ini section header with the setting under it, past the comments', () => {
    expect(firstStep('; my.cnf\n[mysqld]\nmax_connections = 500', 'ini')).toBe('[mysqld]\nmax_connections = 500');
  });
  test('keeps a short handler whole, its key line last', () => {
    const handler = 'const client = await pool.connect();\ntry {\n  await client.query(sql);\n} finally {\n  client.release();\n}';
    expect(firstStep(`// give it back\n${handler}`, 'js')).toBe(handler);
  });
  test('cuts longer application code after eight lines and says it goes on', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `x${i} = ${i}`);
    expect(firstStep(lines.join('\n'), 'python')).toBe([...lines.slice(0, 8), '…'].join('\n'));
  });
});
