// The scale benchmark (npm run bench:scale) builds up to 10,000 entries, but PostgreSQL defines
// 263 codes. With SQLSTATE_BENCH_ENTRY_PAGES=1 its synthetic entries come in folders holding one
// entry per code at most (scripts/bench/fixtures.mjs), every check still runs on every entry,
// and every entry gets a page: the one its code page shows, the others a page of their own.
// Without the variable nothing changes.
export const benchEntryPages = process.env.SQLSTATE_BENCH_ENTRY_PAGES === '1';

/** Entry files grouped by folder, in first-seen order: in bench mode a code is unique per folder. */
export function groupByFolder<T extends { file: string }>(entries: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const folder = entry.file.replace(/[^/]*$/, '');
    groups.set(folder, [...(groups.get(folder) ?? []), entry]);
  }
  return [...groups.values()];
}
