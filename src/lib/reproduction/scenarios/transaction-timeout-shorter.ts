import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A has idle_in_transaction_session_timeout = 5s and the shorter transaction_timeout = 300ms. It opens a transaction and goes quiet; its next statement finds the connection gone.',
  steps: [
    { session: 'A', sql: "SET idle_in_transaction_session_timeout = '5s'" },
    { session: 'A', sql: "SET transaction_timeout = '300ms'" },
    { session: 'A', sql: 'BEGIN;\nSELECT 1' },
    { session: 'B', sql: 'SELECT pg_sleep(1.5)' },
    { session: 'A', sql: 'SELECT 1' },
  ],
};
