// The record each code gets in /api/postgresql.json: the page's facts, for tools.
import { catchBlock } from '../catching/catching';
import type { CodeFacts } from '../databases/postgresql/code-facts';
import type { Entry } from '../entries/entry-schema';
import { apiFix } from '../entries/fix-proof';
import type { ObservationFile } from '../reproduction/observations';

/** `observed` holds each major's run, by major: { "18": { server, raised }, "17": ... } (README: API). */
export type ApiReproduction =
  | { setup?: string; sql: string; observed: ObservationFile['observed'] }
  | { scenario: string; observed: ObservationFile['observed'] }
  | null;

export function apiReproduction(entry: Entry | undefined, observed: ObservationFile['observed'] | undefined): ApiReproduction {
  const reproduction = entry?.reproduction;
  if (!reproduction || !observed || 'unavailable' in reproduction) return null;
  if ('scenario' in reproduction) return { scenario: reproduction.scenario, observed };
  return { ...(reproduction.setup ? { setup: reproduction.setup } : {}), sql: reproduction.sql, observed };
}

/**
 * How code catches it:
 * - `arrivals`: the ways the code reaches a client, the one most handlers meet first (empty for
 *   00000): `statement` (an ERROR fails the statement), `connect` (the login is refused),
 *   `session` (a FATAL ends an open session), `notice` (only ever a WARNING, NOTICE or LOG: nothing
 *   is raised), `connection-lost` (a WARNING notice carries the code, then the server closes the
 *   connection and drivers raise their lost-connection error). 57P01 has two: session, connection-lost.
 * - `names`: each library's name for it, null where the library has none and code compares the
 *   SQLSTATE string;
 * - `retry`: the verdict and its reason; `orm`: the ORM wrappers.
 */
export function apiCatch(facts: CodeFacts) {
  const { arrivals, names, retry, orm } = catchBlock(facts);
  return {
    arrivals: arrivals.map((a) => a.arrival),
    names,
    retry: { verdict: retry.verdict, reason: retry.reason },
    orm: orm.map(({ orm, catches, url }) => ({ orm, catches, url })),
  };
}

export function apiRecord(facts: CodeFacts, url: string, entry: Entry | undefined, observed: ObservationFile['observed'] | undefined) {
  const { state } = facts;
  return {
    code: state.code,
    condition: state.condition,
    class: state.class,
    classTitle: facts.classTitle,
    since: state.since,
    removedIn: state.removedIn,
    url,
    raisedByPostgres: facts.raisedByPostgres,
    levels: facts.levels,
    written: entry !== undefined,
    summary: entry?.summary ?? null,
    messages: facts.messages.map((m) => m.format),
    /** Each fix with the majors its check ran on (`tested`), or why it could not run (`untested`); null for codes without an entry. */
    fixes: entry ? entry.fixes.map((fix) => apiFix(fix, 'postgresql')) : null,
    reproduction: apiReproduction(entry, observed),
    catch: apiCatch(facts),
  };
}
