// Reproductions of MySQL and MariaDB client errors: what the reader does in a shell and in the
// client, not SQL alone. tests/reproductions/mariadb.test.ts runs each with the real `mariadb`
// client against the test server and records what it printed.

export interface MySqlScenario {
  /** What the steps do, for the page. */
  description: string;
  /** The commands as a reader types them, shown on the page. */
  script: string;
}

export const mysqlScenarios: Record<string, MySqlScenario> = {
  'missing-socket': {
    description: 'The client is pointed at a Unix socket file where no server listens.',
    script: 'mariadb --socket=/tmp/no-server-here.sock -e "SELECT 1"',
  },
  'idle-timeout': {
    description: 'The session lowers its wait_timeout to one second and stays idle for two; the server closes the connection, and the next statement finds it gone.',
    script: "SET SESSION wait_timeout = 1;\n-- wait two seconds, then:\nSELECT 1;",
  },
  'killed-during-query': {
    description: 'A second session kills the connection while its query runs.',
    script: "-- session 1\nSELECT SLEEP(10);\n\n-- session 2, while session 1 waits\nKILL CONNECTION <id of session 1>;",
  },
};
