import { describe, expect, test } from 'vitest';
import { groupByFolder } from './bench-mode';
import { entryFileProblems } from '../entries/entry-files';

const entry = (file: string, code = file.replace(/^.*\/|\.mdx$/g, '')) => ({ file, code, body: 'What it means.' });
const problemsPerFolder = (files: ReturnType<typeof entry>[]) => groupByFolder(files).flatMap((group) => entryFileProblems(group));

describe('groupByFolder', () => {
  test('puts files of the same folder together, folders in first-seen order', () => {
    const files = [entry('b/23505.mdx'), entry('a/23505.mdx'), entry('b/42P01.mdx')];
    expect(groupByFolder(files).map((group) => group.map((e) => e.file))).toEqual([['b/23505.mdx', 'b/42P01.mdx'], ['a/23505.mdx']]);
  });

  test('lets a code repeat across folders', () => {
    expect(problemsPerFolder([entry('batch-000/23505.mdx'), entry('batch-001/23505.mdx')])).toEqual([]);
  });

  test('still finds two entries for one code within a folder', () => {
    const files = [entry('batch-000/23505.mdx'), entry('batch-001/23505.mdx'), entry('batch-001/unique.mdx', '23505')];
    expect(problemsPerFolder(files).join('\n')).toMatch(/two entries for 23505/);
  });
});
