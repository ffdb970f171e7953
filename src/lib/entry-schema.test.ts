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
  fixes: [{ title: 'Use ON CONFLICT', when: 'Duplicates are expected.', code: 'INSERT ... ON CONFLICT DO NOTHING;', why: 'The index decides.' }],
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
});
