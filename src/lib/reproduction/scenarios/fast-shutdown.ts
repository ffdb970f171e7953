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
  -- row COPY sends, then signals from the background a moment later: by then COPY has seen the
  -- program exit cleanly, so A's statement succeeds and the shutdown reaches B mid-statement
  -- (signalled at once, A's backend could be terminated while it waited for the program, 38000).
  EXECUTE format('COPY (SELECT 1) TO PROGRAM %L',
                 'cat > /dev/null; (sleep 0.3; kill -INT ' || split_part(pg_read_file('postmaster.pid'), E'\\n', 1) || ') > /dev/null 2>&1 &');
END
$$;`,
    },
    { session: 'B', sql: 'SELECT pg_sleep(2)' },
  ],
};
