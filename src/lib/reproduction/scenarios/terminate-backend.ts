import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session B waits for a row lock that session A holds. An administrator in session C ends B with pg_terminate_backend(); B receives a FATAL error and its connection is closed.',
  setup: `CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL);
INSERT INTO orders VALUES (1, 'new');`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: "UPDATE orders SET status = 'paid' WHERE id = 1" },
    { session: 'B', sql: "UPDATE orders SET status = 'cancelled' WHERE id = 1", blocks: true },
    { session: 'C', sql: "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'B'" },
  ],
};
