// How a code's messages are ordered, labelled and linked on its page and in the API.
import { branches, source, type PostgresMessage } from './facts';

/** Levels a client or a server log shows; "variable" and DEBUG levels say nothing to a reader. */
const REPORTED_LEVELS = ['PANIC', 'FATAL', 'ERROR', 'WARNING', 'NOTICE', 'INFO', 'LOG'] as const;
export type ReportedLevel = (typeof REPORTED_LEVELS)[number];

/** The newest released major version in the data: a format it lacks is an older wording. */
export const latestRelease = branches
  .map((b) => b.version)
  .filter((v) => /^\d+$/.test(v))
  .sort((a, b) => Number(b) - Number(a))[0]!;

export function isCurrentWording(message: PostgresMessage): boolean {
  return message.versions.includes(latestRelease) || message.versions.some((v) => v.endsWith('devel'));
}

/**
 * Pinned formats first, in the writer's order; then wordings current in the latest release,
 * those with more call sites first; older wordings last.
 */
export function orderMessages(messages: PostgresMessage[], pinned: readonly string[] = []): PostgresMessage[] {
  const pinRank = (m: PostgresMessage) => {
    const index = pinned.indexOf(m.format);
    return index === -1 ? pinned.length : index;
  };
  return [...messages].sort(
    (a, b) =>
      pinRank(a) - pinRank(b) ||
      Number(isCurrentWording(b)) - Number(isCurrentWording(a)) ||
      b.locations.length - a.locations.length ||
      a.format.localeCompare(b.format),
  );
}

/** The levels PostgreSQL reports this code's messages at, the most used first. */
export function reportedLevels(messages: PostgresMessage[]): ReportedLevel[] {
  const uses = new Map<ReportedLevel, number>();
  for (const message of messages) {
    for (const level of message.levels) {
      const reported = level === 'WARNING_CLIENT_ONLY' ? 'WARNING' : level;
      if ((REPORTED_LEVELS as readonly string[]).includes(reported)) {
        uses.set(reported as ReportedLevel, (uses.get(reported as ReportedLevel) ?? 0) + message.locations.length);
      }
    }
  }
  return [...uses.entries()]
    .sort((a, b) => b[1] - a[1] || REPORTED_LEVELS.indexOf(a[0]) - REPORTED_LEVELS.indexOf(b[0]))
    .map(([level]) => level);
}

/** "" for a wording every compared version has; otherwise "since 16", "12–15" or "17 only". */
export function versionsLabel(versions: readonly string[]): string {
  const all = branches.map((b) => b.version);
  const release = (v: string) => v.replace(/devel$/, ' (in development)');
  const first = versions[0];
  const last = versions[versions.length - 1];
  if (!first || !last || versions.length === all.length) return '';
  if (last === all[all.length - 1]) return `since ${release(first)}`;
  return first === last ? `${release(first)} only` : `${first}–${last}`;
}

/** The file part of "src/backend/tcop/postgres.c:1234". */
export function fileOf(location: string): string {
  return location.replace(/:\d+$/, '');
}

/** A link to the exact line in the PostgreSQL source the data was read from. */
export function sourceUrl(location: string, branch?: string): string {
  const commit = (branch && branches.find((b) => b.branch === branch)?.commit) || source.commit;
  const [, file, line] = /^(.*?)(?::(\d+))?$/.exec(location)!;
  return `https://github.com/postgres/postgres/blob/${commit}/${file}${line ? `#L${line}` : ''}`;
}
