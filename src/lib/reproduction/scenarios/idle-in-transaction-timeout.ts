import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A opens a transaction and goes quiet for longer than its idle_in_transaction_session_timeout; its next statement finds the connection gone.',
  setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);\nINSERT INTO orders VALUES (1, \'new\');',
  steps: [
    { session: 'A', sql: "SET idle_in_transaction_session_timeout = '200ms'" },
    { session: 'A', sql: "BEGIN;\nUPDATE orders SET status = 'paid' WHERE id = 1" },
    { session: 'B', sql: 'SELECT pg_sleep(1)' },
    { session: 'A', sql: 'COMMIT' },
  ],
};
