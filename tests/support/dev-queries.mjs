// The query set: what people type and paste, with the code that should come first.
import { readFileSync } from 'node:fs';

/** A query that is only a SQLSTATE, as src/lib/search/which-database.ts's bareSqlState() reads one. */
const BARE_SQLSTATE = /^\s*(?:sql\s*state|error\s+code|code)?\s*[:[]?\s*([0-9A-Za-z]{5})\s*\]?\s*$/i;

/**
 * Rows of a query file: { query, expected: [code, also-right code...], section, source }. A comment
 * line "# --- name" starts a section; `\n` in a query stands for a line break (a pasted CONTEXT line);
 * a third column, where a file has one, is the address the query was copied from.
 */
export function readQueries(file) {
  let section = '';
  const rows = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# --- ')) section = line.slice(6).trim();
    if (!line.trim() || line.startsWith('#')) continue;
    const [query, codes, source] = line.split('\t');
    const expected = codes.trim().split('|');
    // A bare SQLSTATE several databases use opens its page across databases, which links each
    // database's page: for a query that is only the code, that page is the code's page too.
    const bare = BARE_SQLSTATE.exec(query)?.[1]?.toUpperCase();
    if (bare && expected.includes(bare)) expected.push(`sqlstate/${bare}`);
    rows.push({ query: query.replaceAll('\\n', '\n'), expected, section, ...(source ? { source: source.trim() } : {}) });
  }
  return rows;
}

/** The shared development set, copied verbatim from the team's dev-queries.tsv. */
export const devQueries = () => readQueries(new URL('../data/dev-queries.tsv', import.meta.url));

/** Real pastes from public trackers and Q&A pages, each with the address it was copied from (issue 23). */
export const pasteQueries = () => readQueries(new URL('../data/paste-queries.tsv', import.meta.url));

/** Real pastes of PgBouncer's errors from public issue threads, each with its address (issue 27). */
export const pgBouncerQueries = () => readQueries(new URL('../data/pgbouncer-queries.tsv', import.meta.url));

/** The development set plus our own queries for PostgreSQL, MySQL, MariaDB and PgBouncer: the benchmark's set. */
export const allQueries = () => [
  ...devQueries(),
  ...readQueries(new URL('../data/search-queries.tsv', import.meta.url)),
  ...readQueries(new URL('../data/mysql-queries.tsv', import.meta.url)),
  ...pasteQueries(),
  ...pgBouncerQueries(),
];
