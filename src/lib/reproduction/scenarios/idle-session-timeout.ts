import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A sets idle_session_timeout and then sends nothing for longer than that, outside any transaction; its next statement finds the connection closed.',
  setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);\nINSERT INTO orders VALUES (1, \'new\');',
  steps: [
    { session: 'A', sql: "SET idle_session_timeout = '200ms'" },
    { session: 'A', sql: 'SELECT status FROM orders WHERE id = 1' },
    { session: 'B', sql: 'SELECT pg_sleep(1)' },
    { session: 'A', sql: 'SELECT status FROM orders WHERE id = 1' },
  ],
};
