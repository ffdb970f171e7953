// The reproductions of the written entries, read from content/postgresql/*.mdx.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { entrySchema, type Check, type Entry, type Reproduction } from '../../src/lib/entry-schema';

export const contentDir = join(import.meta.dirname, '../../content/postgresql');

export interface ReproductionCase {
  code: string;
  file: string;
  reproduction: Exclude<Reproduction, { unavailable: string }>;
}

function frontmatter(file: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  return parse(match[1]!);
}

export interface CheckCase {
  code: string;
  file: string;
  /** Where the check stands in the entry's `checks`, from 0. */
  index: number;
  check: Check;
}

/** Every written entry with the file it came from, validated. */
function entries(): { file: string; entry: Entry }[] {
  return readdirSync(contentDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ file: `content/postgresql/${name}`, entry: entrySchema.parse(frontmatter(join(contentDir, name))) }));
}

export function reproductionCases(): ReproductionCase[] {
  return entries().flatMap(({ file, entry: { code, reproduction } }) => ('unavailable' in reproduction ? [] : [{ code, file, reproduction }]));
}

export function checkCases(): CheckCase[] {
  return entries().flatMap(({ file, entry }) => entry.checks.map((check, index) => ({ code: entry.code, file, index, check })));
}
