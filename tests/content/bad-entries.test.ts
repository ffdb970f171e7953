// A malformed entry must stop the build with a message that names the file and the field.
// Each case syncs the content collection (or, for the MDX body, builds) a scratch copy of the
// project holding the entry.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const VALID = `---
code: "23505"
condition: unique_violation
class: "23"
summary: An insert or update would store a value a unique index already holds.
causes:
  - title: The same row is inserted twice
    detail: A retried request inserts a row the first attempt already committed.
reproduction:
  setup: CREATE TABLE users (email text UNIQUE);
  sql: INSERT INTO users VALUES ('a@example.com'), ('a@example.com');
fixes:
  - title: Insert with ON CONFLICT
    when: Duplicates are expected.
    code: INSERT INTO users VALUES ('a@example.com') ON CONFLICT DO NOTHING;
    why: The unique index decides, atomically.
    check:
      setup: CREATE TABLE users (email text UNIQUE);
      then: SELECT 1;
related:
  - code: "42P10"
    note: ON CONFLICT names no unique index.
sources:
  - title: INSERT
    url: https://www.postgresql.org/docs/current/sql-insert.html
---

The statement would have stored a second copy of a value that a unique index allows once.
`;

/** Runs `astro <command>` in a scratch project whose only entries are `files`; resolves to the exit code and output. */
async function astro(command: 'sync' | 'build', files: Record<string, string>, mysqlFiles: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sqlstate-content-'));
  scratch.push(dir);
  for (const name of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, name), join(dir, name), { recursive: true });
  // Each package linked, not node_modules as a whole: Astro keeps its content store in
  // node_modules/.astro, and the project's own check and build may run at the same time as these.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  mkdirSync(join(dir, 'entries'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'entries', name), text);
  mkdirSync(join(dir, 'content', 'mysql'), { recursive: true });
  for (const [name, text] of Object.entries(mysqlFiles)) writeFileSync(join(dir, 'content', 'mysql', name), text);
  const env = { ...process.env, NO_COLOR: '1', SQLSTATE_CONTENT_DIR: './entries', PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` };
  // Colour codes (which Astro may print even with NO_COLOR, as under CI) would split "field: message".
  const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
  try {
    const { stdout, stderr } = await promisify(execFile)('astro', [command], { cwd: dir, env });
    return { code: 0, output: plain(stdout + stderr) };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: plain(failed.stdout + failed.stderr) };
  }
}

const edit = (from: string, to: string) => {
  if (!VALID.includes(from)) throw new Error(`fixture has no "${from}"`);
  return VALID.replace(from, to);
};

describe.concurrent('content checks', () => {
  test('accept a valid entry', async () => {
    const { code, output } = await astro('sync', { '23505.mdx': VALID });
    expect(code, output).toBe(0);
  });

  test('reject a code PostgreSQL does not define, naming the file and the field', async () => {
    const { code, output } = await astro('sync', { '23599.mdx': edit('code: "23505"', 'code: "23599"') });
    expect(code).not.toBe(0);
    expect(output).toContain('23599.mdx');
    expect(output).toContain('code: PostgreSQL defines no SQLSTATE "23599"');
  });

  test('reject a condition name that does not match the code', async () => {
    const { code, output } = await astro('sync', { '23505.mdx': edit('condition: unique_violation', 'condition: not_null_violation') });
    expect(code).not.toBe(0);
    expect(output).toContain('23505.mdx');
    expect(output).toContain('condition: "not_null_violation" is not the condition name of 23505');
  });

  test('reject a class that does not match the code', async () => {
    const { code, output } = await astro('sync', { '23505.mdx': edit('class: "23"', 'class: "42"') });
    expect(code).not.toBe(0);
    expect(output).toContain('23505.mdx');
    expect(output).toContain('class: 23505 is in class "23", not "42"');
  });

  test('reject two entries for one code, naming both files', async () => {
    const { code, output } = await astro('sync', { '23505.mdx': VALID, 'unique.mdx': VALID });
    expect(code).not.toBe(0);
    expect(output).toMatch(/23505\.mdx and .*unique\.mdx: two entries for 23505/);
  });

  test('reject an entry with a required section missing', async () => {
    const withoutFixes = VALID.replace(/fixes:\n(?: {2}.*\n)+/, '');
    const { code, output } = await astro('sync', { '23505.mdx': withoutFixes });
    expect(code).not.toBe(0);
    expect(output).toContain('23505.mdx');
    expect(output).toContain('fixes: is missing: list how to fix each cause');
  });

  test('reject a fix that neither ran nor says why it cannot, naming the fix', async () => {
    const { code, output } = await astro('sync', { '23505.mdx': VALID.replace(/    check:\n(?: {6}.*\n)+/, '') });
    expect(code).not.toBe(0);
    expect(output).toContain('23505.mdx');
    expect(output).toContain('fixes.0: say how the tests prove this fix');
  });

  test('reject a placeholder binding for text the fix does not contain', async () => {
    const { code, output } = await astro('sync', { '23505.mdx': edit('      then: SELECT 1;', '      then: SELECT 1;\n      bind:\n        "<email>": a@example.com') });
    expect(code).not.toBe(0);
    expect(output).toContain('fixes.0.check.bind.<email>: the fix\'s code has no text "<email>" to bind');
  });

  test('reject a cause whose fix is not one of the entry\'s, naming the file, the field and the titles to copy', async () => {
    const { code, output } = await astro('sync', { '23505.mdx': edit('    detail: A retried request', '    fix: Insert with ON CONFLICT DO NOTHING\n    detail: A retried request') });
    expect(code).not.toBe(0);
    expect(output).toContain('23505.mdx');
    expect(output).toContain('causes.0.fix: no fix is titled "Insert with ON CONFLICT DO NOTHING"; copy the title of the fix that removes this cause: "Insert with ON CONFLICT"');
  });

  test('reject a related code that does not exist', async () => {
    const { code, output } = await astro('sync', { '23505.mdx': edit('code: "42P10"', 'code: "42P99"') });
    expect(code).not.toBe(0);
    expect(output).toContain('23505.mdx');
    expect(output).toContain('related.0.code: PostgreSQL defines no SQLSTATE "42P99"');
  });

  test('reject an entry whose body does not say what the code means', async () => {
    const { code, output } = await astro('sync', { '23505.mdx': VALID.replace(/---\n\n[^\n]+\n$/, '---\n') });
    expect(code).not.toBe(0);
    expect(output).toContain('23505.mdx: the body is empty');
  });

  test('reject a body MDX cannot compile, naming the file and the line', async () => {
    const lines = VALID.split('\n').length;
    const { code, output } = await astro('build', { '23505.mdx': `${VALID}\nAn unclosed {expression.\n` });
    expect(code).not.toBe(0);
    expect(output).toContain(`23505.mdx:${lines + 1}:`);
  });

  test('reject a MySQL entry whose symbol is not the data\'s, naming the file and the field', async () => {
    const mysql = readFileSync(join(root, 'content/mysql/1062.mdx'), 'utf8').replace('symbol: ER_DUP_ENTRY', 'symbol: ER_DUPLICATE_ENTRY');
    const { code, output } = await astro('sync', { '23505.mdx': VALID }, { '1062.mdx': mysql });
    expect(code).not.toBe(0);
    expect(output).toContain('1062.mdx');
    expect(output).toContain('symbol: MySQL calls error 1062 "ER_DUP_ENTRY", not "ER_DUPLICATE_ENTRY"');
  });
});
