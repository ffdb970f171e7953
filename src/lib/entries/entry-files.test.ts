import { describe, expect, test } from 'vitest';
import { entryFileProblems } from './entry-files';

const good = { file: 'content/postgresql/23505.mdx', code: '23505', body: 'The insert hit a unique index.' };

describe('entryFileProblems', () => {
  test('accepts an entry named after its code with a body', () => {
    expect(entryFileProblems([good])).toEqual([]);
  });

  test('names both files when two entries describe one code', () => {
    const problems = entryFileProblems([good, { ...good, file: 'content/postgresql/unique.mdx' }]);
    expect(problems).toContain('content/postgresql/23505.mdx and content/postgresql/unique.mdx: two entries for 23505; keep one');
  });

  test('asks for the file to be named after the code', () => {
    expect(entryFileProblems([{ ...good, file: 'content/postgresql/23502.mdx' }])[0]).toBe(
      'content/postgresql/23502.mdx: code is "23505", so the file must be named 23505.mdx',
    );
  });

  test('rejects an empty body', () => {
    expect(entryFileProblems([{ ...good, body: '\n  \n' }])[0]).toContain('the body is empty');
  });
});
