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
