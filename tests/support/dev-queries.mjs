// The query set: what people type and paste, with the code that should come first.
import { readFileSync } from 'node:fs';

/** Rows of tests/data/dev-queries.tsv: { query, expected: [code, also-right code...] }. */
export function devQueries(file = new URL('../data/dev-queries.tsv', import.meta.url)) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [query, codes] = line.split('\t');
      return { query, expected: codes.trim().split('|') };
    });
}
