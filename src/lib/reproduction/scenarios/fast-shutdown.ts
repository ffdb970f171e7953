import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session B is connected and idle. Session A asks the server for a fast shutdown (what pg_ctl stop does by default: SIGINT to the postmaster); B\'s next statement finds its session terminated.',
  steps: [
    { session: 'B', sql: 'SELECT 1' },
    {
      session: 'A',
      sql: `DO $$
BEGIN
  -- The first line of postmaster.pid is the postmaster's process ID. The program reads the
  -- row COPY sends before it signals, so the pipe under COPY stays intact.
  EXECUTE format('COPY (SELECT 1) TO PROGRAM %L',
                 'cat > /dev/null; kill -INT ' || split_part(pg_read_file('postmaster.pid'), E'\\n', 1));
END
$$;`,
    },
    { session: 'B', sql: 'SELECT pg_sleep(2)' },
  ],
};
