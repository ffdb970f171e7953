import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'The role c25p03_app has idle_in_transaction_session_timeout set on the role. A new session of that role opens a transaction and goes quiet past the limit; its next statement finds the connection gone.',
  setup: `CREATE ROLE c25p03_app LOGIN PASSWORD 'app-password';
ALTER ROLE c25p03_app SET idle_in_transaction_session_timeout = '200ms';`,
  steps: [
    { session: 'A', connect: { user: 'c25p03_app', password: 'app-password' } },
    { session: 'A', sql: 'BEGIN;\nSELECT 1' },
    { session: 'B', sql: 'SELECT pg_sleep(1)' },
    { session: 'A', sql: 'SELECT 1' },
  ],
};
