// What the tests send to prove a fix: the fix's code exactly as the page shows it, with only its
// placeholders bound, set inside the SQL a fragment needs around it.
import type { FixCheck } from '../entries/entry-schema';
import { MAJORS, type Major } from './majors';

/** The fix's code with each placeholder replaced everywhere it stands, then set into `within`. */
export function fixAsRun(code: string, check: Pick<FixCheck, 'bind' | 'within'>): string {
  const bound = Object.entries(check.bind ?? {}).reduce((text, [placeholder, value]) => text.split(placeholder).join(value), code);
  return check.within ? check.within.split('{{fix}}').join(bound) : bound;
}

/** The majors a fix check runs on: every supported one from its `since` on. */
export function majorsOfFix(check: Pick<FixCheck, 'since'>): Major[] {
  return MAJORS.filter((major) => major >= (check.since ?? MAJORS[0]));
}
