// What the real server printed for each reproduction, as recorded by `npm run reproduce`.
import observations from '../../data/postgresql/observations.json' with { type: 'json' };

export interface Observation {
  sqlstate: string;
  severity: string;
  message: string;
  detail?: string;
  hint?: string;
  /** Errors raised by earlier statements of the same reproduction (25P02 needs one). */
  earlier?: Omit<Observation, 'earlier'>[];
}

/** "PostgreSQL 18.4": the server the observations came from. */
export const observedOn: string = observations.server;

const byCode = observations.observed as Record<string, Observation>;

export function observationOf(code: string): Observation | undefined {
  return byCode[code];
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
