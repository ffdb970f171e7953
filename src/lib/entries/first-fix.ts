// Which fix answers which cause, and the "most likely" box at the top of an entry page: the
// commonest cause (the entry lists it first), the first step of the fix that removes it, and a
// link to that fix in full. The same for every database: an entry of any of them has causes and
// fixes of one shape.

interface Guide {
  causes: readonly { title: string; fix?: string }[];
  fixes: readonly { title: string; code: string; lang: string }[];
}

/** The anchor of a fix on its page: fix-1 for the first, short because every cause links one. */
export const fixAnchor = (index: number) => `fix-${index + 1}`;

/**
 * The index of the fix that removes a cause: the one its `fix:` names (the schema checks that a
 * fix has that title); for the first cause without one, the first fix, which the entry lists first
 * because it answers the commonest cause; otherwise none, rather than a guess.
 */
export function fixOfCause(guide: Guide, causeIndex: number): number | undefined {
  const named = guide.causes[causeIndex]?.fix;
  if (named !== undefined) return guide.fixes.findIndex((fix) => fix.title === named);
  return causeIndex === 0 ? 0 : undefined;
}

/** For each cause, the fix it links to under "Why it happens", or undefined where the entry names none. */
export function causeFixLinks(guide: Guide): ({ anchor: string; title: string } | undefined)[] {
  return guide.causes.map((_, index) => {
    const fix = fixOfCause(guide, index);
    return fix === undefined ? undefined : { anchor: fixAnchor(fix), title: guide.fixes[fix]!.title };
  });
}

/** How a whole-line comment starts in each language the fixes use; "#" where none is listed. */
const COMMENT: Record<string, RegExp> = {
  sql: /^(--|\/\*)/,
  ini: /^[#;]/,
  js: /^(\/\/|\/\*)/,
  java: /^(\/\/|\/\*)/,
  go: /^(\/\/|\/\*)/,
  c: /^(\/\/|\/\*)/,
  text: /^$/,
};

/** The last line of a statement: a semicolon (a comment may follow), a shell line not continued with "\\". */
const STATEMENT_END: Record<string, RegExp> = { sql: /;\s*(--.*)?$/, shell: /[^\\]$/ };

/** A statement that only opens a transaction: the step is what runs inside it, so the box shows both. */
const OPENS_TRANSACTION = /^\s*(BEGIN|START TRANSACTION)\b[^;]*;\s*(--.*)?$/i;

/**
 * The index of the line that ends the first statement of `lines`, or -1: semicolons inside a
 * dollar-quoted body ($$ ... $$, a function's) do not end it.
 */
function statementEnd(lines: readonly string[], ends: RegExp, from = 0): number {
  let quoted = false;
  for (let i = from; i < lines.length; i += 1) {
    if ((lines[i]!.match(/\$\w*\$/g)?.length ?? 0) % 2 === 1) quoted = !quoted;
    if (!quoted && ends.test(lines[i]!)) return i;
  }
  return -1;
}

/**
 * The most lines of application code the box shows, with "…" where the snippet goes on: enough
 * for a whole handler, whose key line (a finally, a retry) is rarely the first.
 */
export const STEP_LINES = 8;

/**
 * The first step of a fix's code, what the box shows: its comment lines at the top dropped, then
 * the whole first SQL statement (to the line that ends in a semicolon; with the next one after a
 * BEGIN) or shell command (with its continuation lines), never cut, since a cut statement would
 * not run; in any other language the
 * first STEP_LINES lines, with "…" where the snippet goes on.
 */
export function firstStep(code: string, lang: string): string {
  const comment = COMMENT[lang] ?? /^#/;
  const lines = code.trimEnd().split('\n');
  const start = lines.findIndex((line) => line.trim() !== '' && !comment.test(line.trim()));
  if (start < 0) return lines[0]!;
  const rest = lines.slice(start);
  const ends = STATEMENT_END[lang];
  if (ends) {
    let end = statementEnd(rest, ends);
    if (end >= 0 && lang === 'sql' && OPENS_TRANSACTION.test(rest.slice(0, end + 1).join(' '))) end = statementEnd(rest, ends, end + 1);
    return rest.slice(0, end < 0 ? rest.length : end + 1).join('\n');
  }
  return rest.length > STEP_LINES ? [...rest.slice(0, STEP_LINES), '…'].join('\n') : rest.join('\n');
}

export interface MostLikely {
  /** The commonest cause's title. */
  cause: string;
  /** The fix that removes it: its title and its anchor on the page. */
  fix: { title: string; anchor: string };
  /** The first step of that fix's code. */
  step: string;
}

/** What the box at the top of a written page says. */
export function mostLikely(guide: Guide): MostLikely {
  const index = fixOfCause(guide, 0)!;
  const fix = guide.fixes[index]!;
  return { cause: guide.causes[0]!.title, fix: { title: fix.title, anchor: fixAnchor(index) }, step: firstStep(fix.code, fix.lang) };
}
