// The reproductions of the written entries, read from content/postgresql/*.mdx.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { entrySchema, type Reproduction } from '../../src/lib/entry-schema';

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

export function reproductionCases(): ReproductionCase[] {
  return readdirSync(contentDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const file = `content/postgresql/${name}`;
      const entry = entrySchema.parse(frontmatter(join(contentDir, name)));
      const { reproduction } = entry;
      return 'unavailable' in reproduction ? [] : [{ code: entry.code, file, reproduction }];
    });
}
