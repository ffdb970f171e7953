// Tasks that must not overlap: reproductions that write the same server file, scenarios that
// would kill each other's queries. Each kind names its tasks by keys; tasks with a key in common
// run one after the other, the others at once.

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
