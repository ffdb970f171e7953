// Reproductions run on all majors at once, and on a machine each major's server shares one /tmp:
// two runs that write and read `/tmp/orders_export.bin` at the same moment read each other's
// half-written file (CI once saw 22P04 "COPY file signature not recognized" instead of 08P01).
// Runs that name the same server-side file therefore take turns (take-turns.ts).

/** The absolute paths a run's SQL names in string literals: the files COPY and file_fdw touch on the server. */
export function serverFiles(sql: string): string[] {
  const paths = [...sql.matchAll(/'(\/(?:[^'\s]|'')+)'/g)].map((match) => match[1]!.replaceAll("''", "'"));
  return [...new Set(paths)].sort();
}

/**
 * Roles and ALTER SYSTEM settings belong to the cluster, not to a run's own database: two runs
 * that both create `app` collide, and a role or setting left behind breaks the next run. Runs
 * that touch them take turns, and the runner tidies up after each.
 */
export const CLUSTER_ROLES = 'cluster:roles';
export const CLUSTER_SETTINGS = 'cluster:settings';

/** What a run's SQL shares with every other run on the same server: files, roles, settings. */
export function sharedState(sql: string): string[] {
  const shared = serverFiles(sql);
  if (/\b(?:CREATE|ALTER|DROP|RENAME)\s+(?:ROLE|USER|GROUP)\b/i.test(sql)) shared.push(CLUSTER_ROLES);
  if (/\bALTER\s+SYSTEM\b|\bALTER\s+(?:ROLE|USER)\s+ALL\b/i.test(sql)) shared.push(CLUSTER_SETTINGS);
  return shared;
}
