// The query set: what people type and paste, with the code that should come first.
import { readFileSync } from 'node:fs';

/**
 * Rows of a query file: { query, expected: [code, also-right code...], section }. A comment line
 * "# --- name" starts a section; `\n` in a query stands for a line break (a pasted CONTEXT line).
 */
export function readQueries(file) {
  let section = '';
  const rows = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# --- ')) section = line.slice(6).trim();
    if (!line.trim() || line.startsWith('#')) continue;
    const [query, codes] = line.split('\t');
    rows.push({ query: query.replaceAll('\\n', '\n'), expected: codes.trim().split('|'), section });
  }
  return rows;
}

/** The shared development set, copied verbatim from the team's dev-queries.tsv. */
export const devQueries = () => readQueries(new URL('../data/dev-queries.tsv', import.meta.url));

/** The development set plus our own queries: the benchmark's set. */
export const allQueries = () => [...devQueries(), ...readQueries(new URL('../data/search-queries.tsv', import.meta.url))];
