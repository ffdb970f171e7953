import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A asks the server for a smart shutdown (SIGTERM to the postmaster) and stays connected; B then tries to log in with a wrong password.',
  steps: [
    {
      session: 'A',
      sql: `DO $$
BEGIN
  -- The first line of postmaster.pid is the postmaster's process ID; the program reads
  -- COPY's row before it signals, so the pipe under COPY does not break.
  EXECUTE format('COPY (SELECT 1) TO PROGRAM %L',
                 'cat > /dev/null; kill -TERM ' || split_part(pg_read_file('postmaster.pid'), E'\\n', 1));
END
$$;`,
    },
    // Give the postmaster a moment to act on the signal before the next login.
    { session: 'A', sql: 'SELECT pg_sleep(0.5);' },
    { session: 'B', connect: { password: 'not-the-password' } },
  ],
};
