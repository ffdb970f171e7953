// What the real servers printed for each reproduction, as recorded by `npm run reproduce`: one
// file per code in src/data/postgresql/observations/, so entries written side by side never
// touch the same file, with one run per PostgreSQL major.
import { MAJORS, NEWEST_MAJOR, type Major } from './majors';

export interface Observation {
  sqlstate: string;
  severity: string;
  message: string;
  detail?: string;
  hint?: string;
  /** What psql printed before it, in order: warnings and notices, and errors of earlier statements (25P02 needs one). */
  earlier?: Omit<Observation, 'earlier'>[];
}

/** One major's run of a reproduction. */
export interface MajorRun {
  /** The server's version, such as "17.10". */
  server: string;
  /** What the last statement (or the scenario's first failing step) raised; absent when it raised nothing. */
  raised?: Observation;
  /** The error the setup raised on this major, where it could not even run (a feature the major lacks). */
  setup?: Omit<Observation, 'earlier'>;
}

/** One code's file: its reproduction's run on each major, by major. */
export interface ObservationFile {
  observed: Partial<Record<`${Major}`, MajorRun>>;
}

const files: Record<string, ObservationFile> = Object.fromEntries(
  Object.entries(import.meta.glob<ObservationFile>('../../data/postgresql/observations/*.json', { eager: true, import: 'default' })).map(
    ([path, file]) => [path.replace(/^.*\/|\.json$/g, ''), file],
  ),
);

/** The code's recorded runs by major, as the file holds them (and /api/postgresql.json gives them). */
export function observedRuns(code: string): ObservationFile['observed'] | undefined {
  return files[code]?.observed;
}

/** Each major's run of the code's reproduction, oldest major first. */
export function runsOf(code: string): { major: Major; run: MajorRun }[] {
  const observed = files[code]?.observed ?? {};
  return MAJORS.flatMap((major) => (observed[`${major}`] ? [{ major, run: observed[`${major}`]! }] : []));
}

/** What the newest major printed: the output an entry page shows. */
export function observationOf(code: string): Observation | undefined {
  const newest = files[code]?.observed[`${NEWEST_MAJOR}`]?.raised;
  return newest?.sqlstate === code ? newest : undefined;
}

/** The server version each major's runs came from, such as { "14": "14.23", ..., "18": "18.4" }. */
export function serversByMajor(): Partial<Record<`${Major}`, string>> {
  const servers: Partial<Record<`${Major}`, string>> = {};
  for (const file of Object.values(files)) {
    for (const [major, run] of Object.entries(file.observed)) servers[major as `${Major}`] ??= run.server;
  }
  return Object.fromEntries(MAJORS.filter((m) => servers[`${m}`]).map((m) => [`${m}`, servers[`${m}`]!]));
}

/** "PostgreSQL 18.4": the newest server the code's reproduction ran on. */
export function observedOn(code: string): string | undefined {
  const server = files[code]?.observed[`${NEWEST_MAJOR}`]?.server;
  return server && `PostgreSQL ${server}`;
}

/** The majors whose run raised the code itself. */
export function reproducedOn(code: string): Major[] {
  return runsOf(code)
    .filter(({ run }) => run.raised?.sqlstate === code)
    .map(({ major }) => major);
}

/** The error as psql prints it: "ERROR:  message", then DETAIL and HINT lines. */
export function psqlText(observation: Omit<Observation, 'earlier'>): string {
  const lines = [`${observation.severity}:  ${observation.message}`];
  if (observation.detail) lines.push(`DETAIL:  ${observation.detail}`);
  if (observation.hint) lines.push(`HINT:  ${observation.hint}`);
  return lines.join('\n');
}

/** Everything psql prints for a run: what came before, then the reported message. */
export function runText(observation: Observation): string {
  return [...(observation.earlier ?? []), observation].map(psqlText).join('\n');
}

/**
 * The observation with what changes from run to run masked: process IDs, transaction IDs and
 * OIDs in deadlock and lock details. Everything else must match the recorded text exactly.
 */
export function stableObservation(observation: Observation): Observation {
  const mask = (text?: string) =>
    text?.replace(/\b(process|transaction|PID|OID|relation|database|tuple) \(?\d+(,\d+)?\)?/gi, '$1 N');
  const strip = ({ sqlstate, severity, message, detail, hint }: Omit<Observation, 'earlier'>) => ({
    sqlstate,
    severity,
    message: mask(message)!,
    ...(detail ? { detail: mask(detail) } : {}),
    ...(hint ? { hint: mask(hint) } : {}),
  });
  return { ...strip(observation), ...(observation.earlier ? { earlier: observation.earlier.map(strip) } : {}) };
}

/** A run with its changing numbers masked and the server's minor version left out, for comparing runs. */
export function stableRun({ raised, setup }: MajorRun): Omit<MajorRun, 'server'> {
  return { ...(raised ? { raised: stableObservation(raised) } : {}), ...(setup ? { setup: stableObservation(setup) } : {}) };
}

/** How a major's run compares with the newest's: the same output, other wording, or no reproduction. */
export type MatrixCell =
  | { major: Major; server: string; result: 'same' }
  | { major: Major; server: string; result: 'wording' | 'other'; text: string };

/** The matrix an entry page shows under its reproduction, newest major first. */
export function reproductionMatrix(code: string): MatrixCell[] {
  const runs = runsOf(code);
  const newest = runs.find(({ major }) => major === NEWEST_MAJOR)?.run.raised;
  if (!newest) return [];
  const newestText = runText(stableObservation(newest));
  return runs
    .map(({ major, run }): MatrixCell => {
      if (run.setup) return { major, server: run.server, result: 'other', text: `The setup failed: ${psqlText(run.setup)}` };
      if (!run.raised) return { major, server: run.server, result: 'other', text: 'The statements ran without an error.' };
      const text = runText(stableObservation(run.raised));
      if (run.raised.sqlstate !== code) return { major, server: run.server, result: 'other', text: `SQLSTATE ${run.raised.sqlstate}:\n${runText(run.raised)}` };
      return text === newestText ? { major, server: run.server, result: 'same' } : { major, server: run.server, result: 'wording', text: runText(run.raised) };
    })
    .reverse();
}
