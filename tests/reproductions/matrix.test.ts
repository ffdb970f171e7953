// The recorded matrix, checked without a server: every reproduction has a run on every major, and
// every message a major printed is one that major's source raises with that code.
import { describe, expect, test } from 'vitest';
import { compileFormat, patternOf } from '../../src/lib/search/matcher';
import { messagesOf } from '../../src/lib/postgres';
import { MAJORS } from '../../src/lib/reproduction/majors';
import { runsOf, type Observation } from '../../src/lib/reproduction/observations';
import { reproductionCases } from './cases';

const cases = reproductionCases();

/** Whether the major's source raises a format with this code that the message is an instance of. */
function raisedBySource(observation: Omit<Observation, 'earlier'>, major: number): boolean {
  return messagesOf(observation.sqlstate).some((m) =>
    [{ format: m.format, versions: m.versions }, ...(m.olderSpellings ?? [])].some(
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
    const unknown = cases.flatMap((c) =>
      runsOf(c.code).flatMap(({ major, run }) =>
        [...(run.raised?.earlier ?? []), ...(run.raised ? [run.raised] : []), ...(run.setup ? [run.setup] : [])]
          .filter((observation) => !raisedBySource(observation, major))
          .map((o) => `${c.file} on PostgreSQL ${major}: ${o.sqlstate} "${o.message}"`),
      ),
    );
    expect(unknown).toEqual([]);
  });
});
