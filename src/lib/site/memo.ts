// A pure function of a string, worked out once per distinct string: the build hashes the same
// few inline styles on every page and restyles millions of tokens with a few dozen styles, and
// the search page compiles the same message formats for every keystroke.
// Imported with its .ts extension by modules that also run in the highlighter thread.

export function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
