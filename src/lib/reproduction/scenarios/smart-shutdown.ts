import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A asks the server for a smart shutdown (what pg_ctl stop -m smart does: SIGTERM to the postmaster) and stays connected; B then tries to log in.',
  steps: [
    {
      session: 'A',
      sql: `DO $$
BEGIN
  -- The first line of postmaster.pid is the postmaster's process ID. The program reads the
  -- row COPY sends before it signals: a program that exits first can break the pipe under
  -- COPY ("could not close pipe to external command: Broken pipe", XX000).
  EXECUTE format('COPY (SELECT 1) TO PROGRAM %L',
                 'cat > /dev/null; kill -TERM ' || split_part(pg_read_file('postmaster.pid'), E'\\n', 1));
END
$$;`,
    },
    // Give the postmaster a moment to act on the signal before the next login.
    { session: 'A', sql: 'SELECT pg_sleep(0.5);' },
    { session: 'B', connect: {} },
  ],
};
