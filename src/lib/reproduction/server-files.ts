// Reproductions run on all majors at once, and on a machine each major's server shares one /tmp:
// two runs that write and read `/tmp/orders_export.bin` at the same moment read each other's
// half-written file (CI once saw 22P04 "COPY file signature not recognized" instead of 08P01).
// Runs that name the same server-side file therefore take turns.

/** The absolute paths a run's SQL names in string literals: the files COPY and file_fdw touch on the server. */
export function serverFiles(sql: string): string[] {
  const paths = [...sql.matchAll(/'(\/(?:[^'\s]|'')+)'/g)].map((match) => match[1]!.replaceAll("''", "'"));
  return [...new Set(paths)].sort();
}

/**
 * Runs `task` once no other task holding any of `keys` is running. Keys are taken in sorted order,
 * so two tasks that share several keys cannot each wait for the other.
 */
export function oneAtATime() {
  const tails = new Map<string, Promise<unknown>>();
  return async <T>(keys: readonly string[], task: () => Promise<T>): Promise<T> => {
    const sorted = [...new Set(keys)].sort();
    const before = sorted.map((key) => tails.get(key) ?? Promise.resolve());
    const run = Promise.allSettled(before).then(task);
    const settled = run.catch(() => {});
    for (const key of sorted) tails.set(key, settled);
    return run;
  };
}
