// When each written file last changed, from git: one `git log` for the whole build, read once,
// rather than one process per page. A copy without history (a tarball, a shallow clone's
// boundary aside) has no dates, and pages then leave the date out instead of inventing one.
import { execFileSync } from 'node:child_process';

/** Separates commits in the log below: a byte no path or date contains. */
const COMMIT = '\x1e';

/**
 * Reads `git log --format=<RS>%cI --name-only`: newest commit first, so the first date seen for
 * a path is its last change. Returns path -> ISO 8601 date with offset.
 */
export function parseGitLog(log: string): Map<string, string> {
  const changed = new Map<string, string>();
  for (const commit of log.split(COMMIT).slice(1)) {
    const [date = '', ...paths] = commit.split('\n').map((line) => line.trim());
    for (const path of paths) if (path && !changed.has(path)) changed.set(path, date);
  }
  return changed;
}

let history: Map<string, string> | undefined;

/** Path (relative to the project, as `content/postgresql/23505.mdx`) -> the date of its last commit. */
export function lastChanges(folder = 'content'): Map<string, string> {
  if (!history) {
    try {
      const log = execFileSync('git', ['log', '--relative', `--format=${COMMIT}%cI`, '--name-only', '--', folder], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      history = parseGitLog(log);
    } catch {
      history = new Map();
    }
  }
  return history;
}

/** The date of a file's last commit, or undefined when git has no history for it. */
export const lastChanged = (path: string): string | undefined => lastChanges().get(path.replace(/^\.\//, ''));

/** "2026-12-07T19:50:37+00:00" -> "7 December 2026", the day as it was where the commit was made. */
export function readableDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${day} ${months[month! - 1]} ${year}`;
}
