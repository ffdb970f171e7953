// The recorded matrix, checked without a server: every reproduction has a run on every major, and
// every message a major printed is one that major's source raises with that code.
import { describe, expect, test } from 'vitest';
import { compileFormat, patternOf } from '../../src/lib/search/matcher';
import { errnoRaisersOf, messagesOf, spellingsOf } from '../../src/lib/databases/postgresql/facts';
import { MAJORS } from '../../src/lib/reproduction/majors';
import { runsOf, type Observation } from '../../src/lib/reproduction/observations';
import { scenarios } from '../../src/lib/reproduction/scenarios';
import { reproductionCases } from './cases';

const cases = reproductionCases();

/**
 * Formats the message data cannot list: parse_cte.c picks these from a table of its own at run time,
 * where the extraction of errmsg() calls does not see them (src/backend/parser/parse_cte.c).
 */
const MISSING_FROM_DATA: Record<string, string[]> = {
  '42P19': ['recursive reference to query "%s" must not appear within %s'],
};

/** errcode_for_file_access() and its kin end the message with the operating system's text for errno (%m). */
const ERRNO_TEXT = /: [A-Z][A-Za-z /-]+$/;

/** Whether a string literal of the reproduction, read as a RAISE format (% for each value), gives the message. */
function raisedByOwnText(message: string, ownSql: string): boolean {
  // A literal without a word of its own ('%') would match any message.
  return [...ownSql.matchAll(/'((?:[^']|'')*)'/g)].some(([, literal]) =>
    /\p{L}{3}/u.test(literal!) &&
    patternOf(compileFormat(literal!.replaceAll("''", "'").replaceAll('%', '%s'))).test(message),
  );
}

/**
 * Whether the major's source raises a format with this code that the message is an instance of;
 * or the reproduction wrote the text itself (a PL/pgSQL RAISE); or the code was picked from errno.
 */
function raisedBySource(observation: Omit<Observation, 'earlier'>, major: number, ownSql: string): boolean {
  if (raisedByOwnText(observation.message, ownSql)) return true;
  if (errnoRaisersOf(observation.sqlstate).length > 0 && ERRNO_TEXT.test(observation.message)) return true;
  if ((MISSING_FROM_DATA[observation.sqlstate] ?? []).some((format) => patternOf(compileFormat(format)).test(observation.message))) return true;
  return messagesOf(observation.sqlstate).some((m) =>
    spellingsOf(m).some(
      (spelling) => spelling.versions.includes(String(major)) && patternOf(compileFormat(spelling.format)).test(observation.message),
    ),
  );
}

describe('the reproduction matrix', () => {
  test('has a run of every reproduction on every major', () => {
    const missing = cases.flatMap((c) => {
      const recorded = new Set(runsOf(c.code).map(({ major }) => major));
      return MAJORS.filter((major) => !recorded.has(major)).map((major) => `${c.file}: no run on PostgreSQL ${major} (FULL_MATRIX=1 npm run reproduce -- -t ${c.code})`);
    });
    expect(missing).toEqual([]);
  });

  test('holds only messages that the major’s own source raises with that code', () => {
    const sqlOf = (c: (typeof cases)[number]) =>
      'sql' in c.reproduction ? `${c.reproduction.setup ?? ''}\n${c.reproduction.sql}` : JSON.stringify(scenarios[c.reproduction.scenario]);
    const unknown = cases.flatMap((c) =>
      runsOf(c.code).flatMap(({ major, run }) =>
        [...(run.raised?.earlier ?? []), ...(run.raised ? [run.raised] : []), ...(run.setup ? [run.setup] : [])]
          .filter((observation) => !raisedBySource(observation, major, sqlOf(c)))
          .map((o) => `${c.file} on PostgreSQL ${major}: ${o.sqlstate} "${o.message}"`),
      ),
    );
    expect(unknown).toEqual([]);
  });
});
