// What the tests send to prove a fix, and how they judge what the server did with it: the fix's
// code exactly as the page shows it, with only its placeholders bound, set inside the SQL a
// fragment needs around it, run between the cause's failing statements and the ones that show
// the error gone. The judging is the same for every server; each runner only says what its
// server did with a batch of statements.
import type { FixCheck } from '../entries/entry-schema';
import { MAJORS, type Major } from './majors';

/** The fix's code with each placeholder replaced everywhere it stands, then set into `within`. */
export function fixAsRun(code: string, check: Pick<FixCheck, 'bind' | 'within'>): string {
  const bound = Object.entries(check.bind ?? {}).reduce((text, [placeholder, value]) => text.split(placeholder).join(value), code);
  return check.within ? check.within.split('{{fix}}').join(bound) : bound;
}

/** What a check may name without knowing it: the test server's port, the check's database and the superuser's login. */
export interface ServerValues {
  port: number;
  database: string;
  user: string;
  password: string;
}

/** The check with {{port}}, {{database}}, {{user}} and {{password}} replaced in each of its statements and bound values. */
export function withServerValues<C extends FixCheck>(check: C, values: ServerValues): C {
  const fill = (text: string) => text.replace(/\{\{(port|database|user|password)\}\}/g, (_, name: keyof ServerValues) => String(values[name]));
  return {
    ...check,
    ...Object.fromEntries((['setup', 'failing', 'within', 'then'] as const).filter((field) => check[field] !== undefined).map((field) => [field, fill(check[field]!)])),
    ...(check.bind ? { bind: Object.fromEntries(Object.entries(check.bind).map(([placeholder, value]) => [placeholder, fill(value)])) } : {}),
    ...(check.concurrently ? { concurrently: check.concurrently.map(fill) } : {}),
  };
}

/** The majors a fix check runs on: every supported one from its `since` on. */
export function majorsOfFix(check: Pick<FixCheck, 'since'>): Major[] {
  return MAJORS.filter((major) => major >= (check.since ?? MAJORS[0]));
}

/** An error or warning the server reported, with its code (a SQLSTATE, or a MySQL-family number as text). */
export interface Reported {
  code: string;
  /** The code and the message as one line for a failure message: "1062 Duplicate entry '1' for key 'PRIMARY'". */
  described: string;
}

/** What a batch of statements did in the fix's session, sent one by one as the database's own client sends them. */
export interface BatchRun {
  /** The last statement sent. */
  statement: string;
  /** The first error any statement of the batch raised. */
  firstError?: Reported;
  /** The error the last statement raised; else a warning or notice with the entry's code that it reported. */
  reported?: Reported;
  /** The first row's first column the last statement returned, as the client prints it. */
  value?: string;
}

/**
 * What a client saw of a batch, as the judge reads it, whatever the client: its first error, and
 * the error of the last statement or else the first of that statement's warnings or notices that
 * carries the entry's code (`hasCode`).
 */
export function batchRun<E>(
  seen: { statement: string; earlier: E[]; error?: E; value?: string },
  lastWarnings: E[],
  hasCode: (warning: E) => boolean,
  asReported: (error: E) => Reported,
): BatchRun {
  const first = seen.earlier[0] ?? seen.error;
  const reported = seen.error ?? lastWarnings.find(hasCode);
  return {
    statement: seen.statement,
    ...(first ? { firstError: asReported(first) } : {}),
    ...(reported ? { reported: asReported(reported) } : {}),
    value: seen.value,
  };
}

/**
 * Whether `failing` runs before the fix on this major: not on a major older than the one that
 * raises the error at all (`raisedFrom`), where the cause's state fails otherwise or not at all,
 * and the check only shows that the fix's code and what follows it work there too.
 */
export const failsBeforeFix = (check: Pick<FixCheck, 'failing' | 'raisedFrom'>, major?: Major): boolean =>
  check.failing !== undefined && (major === undefined || major >= (check.raisedFrom ?? MAJORS[0]));

/**
 * Runs a fix's check through `run`, one session on the cause's state, and says what went wrong,
 * or returns undefined when the fix did what it promises: `failing` raised the entry's `code`
 * (on `major`, where it raises it: see failsBeforeFix); the fix's code, as the page shows it, ran
 * without an error; and afterwards `then` (or `failing` again) succeeded, without reporting the
 * code, and returned `returns` where the check gives it.
 */
export async function fixProblem(
  code: string,
  fix: { code: string; check: FixCheck },
  run: (sql: string) => Promise<BatchRun>,
  major?: Major,
): Promise<string | undefined> {
  const { check } = fix;
  if (check.failing && failsBeforeFix(check, major)) {
    const before = await run(check.failing);
    if (before.reported?.code !== code) {
      return `before the fix, \`${before.statement}\` should raise ${code} (the cause's state), but it ${before.reported ? `raised ${before.reported.described}` : 'succeeded'}`;
    }
  }
  const fixRun = await run(fixAsRun(fix.code, check));
  if (fixRun.firstError) return `the fix's code failed: ${fixRun.firstError.described}`;
  const result = await run(check.then ?? check.failing!);
  if (result.firstError) return `after the fix, ${check.then ? '`then`' : '`failing`'} still raised ${result.firstError.described}`;
  if (result.reported?.code === code) return `after the fix, \`${result.statement}\` still reports ${code}`;
  if (check.returns !== undefined && result.value !== check.returns) {
    return `after the fix, expected ${JSON.stringify(check.returns)}, \`${result.statement}\` returned ${result.value === undefined ? 'no rows' : JSON.stringify(result.value)}`;
  }
  return undefined;
}
