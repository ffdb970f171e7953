// A fix written per stack (application code): its own code and its other stacks' versions, each
// with the label of the catch tab for the same stack, by which both follow the reader's choice.
import type { Stack } from '../databases';

export interface FixVersion {
  stack: string;
  /** The tab's label, the catch tab's: node-postgres, psycopg 3. */
  label: string;
  lang: string;
  code: string;
}

interface PerStackFix {
  lang: string;
  code: string;
  stack?: string;
  otherStacks?: readonly { stack: string; lang: string; code: string }[];
}

/** The fix's versions, its own first; none for a fix not written per stack (the schema checks the ids). */
export function fixVersions(fix: PerStackFix, stacks: readonly Stack[]): FixVersion[] {
  if (fix.stack === undefined) return [];
  const label = (id: string) => stacks.find((stack) => stack.id === id)!.label;
  return [{ stack: fix.stack, lang: fix.lang, code: fix.code }, ...(fix.otherStacks ?? [])].map((version) => ({ ...version, label: label(version.stack) }));
}
