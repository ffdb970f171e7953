// Reproductions that need more than one session, a login, or a server setting. The steps are
// data: the page shows them, and the runner (tests/reproductions/run.ts) executes exactly them.

/** Who to log in as; the defaults are the test superuser and the case's fresh database. */
export interface Login {
  user?: string;
  password?: string;
  database?: string;
}

export type Step =
  /** Run SQL in a session (opened on first use, as the superuser, application_name = session). */
  | { session: string; sql: string; blocks?: boolean }
  /** Open a session with these credentials; a failed login is the error some scenarios want. */
  | { session: string; connect: Login };

export interface Scenario {
  /** One sentence above the steps: what the scenario sets up. */
  description: string;
  /** SQL run by the superuser in the fresh database before any session starts. */
  setup?: string;
  /** Server settings (postgresql.conf names) the scenario needs. Every scenario runs on a server of its own. */
  settings?: Record<string, string>;
  /** pg_hba.conf lines to use instead of the default (password login for everyone from 127.0.0.1). */
  hba?: string[];
  steps: Step[];
}

/**
 * Every scenario, by name: one file each in scenarios/, named after the scenario
 * (scenarios/too-many-connections.ts exports `scenario`), so writers never edit a shared list.
 */
export const scenarios: Record<string, Scenario> = Object.fromEntries(
  Object.entries(import.meta.glob<{ scenario: Scenario }>('./scenarios/*.ts', { eager: true })).map(([path, module]) => [
    path.replace(/^.*\/|\.ts$/g, ''),
    module.scenario,
  ]),
);

/** The steps as SQL a reader can paste into psql, with a comment where the turn passes to another session. */
export function scenarioScript(scenario: Scenario): string {
  const lines: string[] = [];
  const terminated = (sql: string) => (sql.trim().endsWith(';') ? sql.trim() : `${sql.trim()};`);
  if (scenario.setup) lines.push('-- Setup', terminated(scenario.setup), '');
  let previous: string | undefined;
  for (const step of scenario.steps) {
    if ('connect' in step) {
      const { user, password, database } = step.connect;
      const as = [user && `as ${user}`, password && `with password '${password}'`, database && `to database ${database}`]
        .filter(Boolean)
        .join(' ');
      lines.push(`-- Session ${step.session} logs in${as ? ` ${as}` : ''}`);
    } else {
      if (step.session !== previous || step.blocks) lines.push(`-- Session ${step.session}${step.blocks ? ' (waits)' : ''}`);
      lines.push(terminated(step.sql));
    }
    previous = step.session;
  }
  return lines.join('\n');
}
