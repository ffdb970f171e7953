// Reproductions that need more than one session, a login, or a server setting. The steps are
// data: the page shows them, and the runner (scripts/reproduce.ts) executes exactly them.

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
  /** Server settings the scenario needs; it then runs on a server of its own. */
  settings?: Record<string, string>;
  steps: Step[];
}

export const scenarios: Record<string, Scenario> = {
  'too-many-connections': {
    description:
      'A server started with max_connections = 3 and no reserved slots; a fourth client tries to log in.',
    settings: { max_connections: '3', superuser_reserved_connections: '0', reserved_connections: '0' },
    steps: [
      { session: 'A', connect: {} },
      { session: 'B', connect: {} },
      { session: 'C', connect: {} },
      { session: 'D', connect: {} },
    ],
  },
};

/** The steps as SQL a reader can follow, with each session's turn marked. */
export function scenarioScript(scenario: Scenario): string {
  const lines: string[] = [];
  if (scenario.setup) lines.push('-- Setup', scenario.setup.trim(), '');
  for (const step of scenario.steps) {
    if ('connect' in step) {
      const { user, password, database } = step.connect;
      const as = [user && `as ${user}`, password && `with password '${password}'`, database && `to database ${database}`]
        .filter(Boolean)
        .join(' ');
      lines.push(`-- Session ${step.session} logs in${as ? ` ${as}` : ''}`);
    } else {
      lines.push(`-- Session ${step.session}${step.blocks ? ' (waits)' : ''}`, step.sql.trim());
    }
  }
  return lines.join('\n');
}
