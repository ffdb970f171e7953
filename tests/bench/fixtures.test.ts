// The scale benchmark's synthetic entries must be entries the site accepts, varied like written ones.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { syntheticEntries } from '../../scripts/bench/fixtures.mjs';
import { groupByFolder } from '../../src/lib/site/bench-mode';
import { entryFileProblems } from '../../src/lib/entries/entry-files';
import { entrySchema } from '../../src/lib/entries/entry-schema';
import { sqlStates } from '../../src/lib/databases/postgresql/facts';

// Two full rounds through the codes and part of a third: three folders.
const entries = syntheticEntries(sqlStates.length * 2 + 100).map(({ path, text }) => {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { path, text, frontmatter: parse(frontmatter ?? ''), body: body ?? '' };
});

describe('synthetic entries', () => {
  test('pass the entry schema', () => {
    const failures = entries.flatMap(({ path, frontmatter }) => {
      const result = entrySchema.safeParse(frontmatter);
      return result.success ? [] : [`${path}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });
    expect(failures).toEqual([]);
  });

  test('hold one entry per code in each folder, each file named after its code, each with a body', () => {
    const files = entries.map(({ path, frontmatter, body }) => ({ file: path, code: String(frontmatter.code), body }));
    expect(groupByFolder(files)).toHaveLength(3);
    expect(groupByFolder(files).flatMap((group) => entryFileProblems(group))).toEqual([]);
  });

  test('vary in length and shape as written entries do', () => {
    const sizes = entries.map(({ text }) => text.length);
    expect(Math.min(...sizes)).toBeLessThan(6_000);
    expect(Math.max(...sizes)).toBeGreaterThan(14_000);
    const langs = new Set(entries.flatMap(({ frontmatter }) => frontmatter.fixes.map((fix: { lang: string }) => fix.lang)));
    expect(langs.size).toBeGreaterThanOrEqual(6);
    const reproductions = new Set(entries.map(({ frontmatter }) => Object.keys(frontmatter.reproduction).sort().join('+')));
    expect(reproductions).toEqual(new Set(['scenario', 'setup+sql', 'sql', 'unavailable']));
    expect(new Set(entries.map(({ frontmatter }) => frontmatter.causes.length)).size).toBeGreaterThan(4);
  });

  test('are the same for the same seed and differ for another', () => {
    expect(syntheticEntries(3, 7)).toEqual(syntheticEntries(3, 7));
    expect(syntheticEntries(3, 8)[0]!.text).not.toBe(syntheticEntries(3, 7)[0]!.text);
  });
});
