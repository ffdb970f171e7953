// What the real server printed for each reproduction, as recorded by `npm run reproduce`: one
// file per code in src/data/postgresql/observations/, so entries written side by side never
// touch the same file.

export interface Observation {
  sqlstate: string;
  severity: string;
  message: string;
  detail?: string;
  hint?: string;
  /** Errors raised by earlier statements of the same reproduction (25P02 needs one). */
  earlier?: Omit<Observation, 'earlier'>[];
}

/** One code's file: the server that ran the reproduction and what it printed. */
export interface ObservationFile {
  /** "PostgreSQL 18.4". */
  server: string;
  observation: Observation;
}

const files: Record<string, ObservationFile> = Object.fromEntries(
  Object.entries(import.meta.glob<ObservationFile>('../../data/postgresql/observations/*.json', { eager: true, import: 'default' })).map(
    ([path, file]) => [path.replace(/^.*\/|\.json$/g, ''), file],
  ),
);

/** "PostgreSQL 18.4": the server the observations came from (the tests record them all on one). */
export const observedOn: string = Object.values(files)[0]?.server ?? 'PostgreSQL';

export function observationOf(code: string): Observation | undefined {
  return files[code]?.observation;
}

/** The error as psql prints it: "ERROR:  message", then DETAIL and HINT lines. */
export function psqlText(observation: Omit<Observation, 'earlier'>): string {
  const lines = [`${observation.severity}:  ${observation.message}`];
  if (observation.detail) lines.push(`DETAIL:  ${observation.detail}`);
  if (observation.hint) lines.push(`HINT:  ${observation.hint}`);
  return lines.join('\n');
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
