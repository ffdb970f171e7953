// Reproductions run on all majors at once, and on a machine each major's server shares one /tmp:
// two runs that write and read `/tmp/orders_export.bin` at the same moment read each other's
// half-written file (CI once saw 22P04 "COPY file signature not recognized" instead of 08P01).
// Runs that name the same server-side file therefore take turns (take-turns.ts).

/** The absolute paths a run's SQL names in string literals: the files COPY and file_fdw touch on the server. */
export function serverFiles(sql: string): string[] {
  const paths = [...sql.matchAll(/'(\/(?:[^'\s]|'')+)'/g)].map((match) => match[1]!.replaceAll("''", "'"));
  return [...new Set(paths)].sort();
}
