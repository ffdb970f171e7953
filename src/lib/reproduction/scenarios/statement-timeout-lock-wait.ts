import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A holds a lock on orders in an open transaction. Session B, with a one-second statement_timeout, runs a quick UPDATE that queues behind A and is cancelled while it waits.',
  setup: `CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL);
INSERT INTO orders VALUES (1, 'new');`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: "UPDATE orders SET status = 'paid' WHERE id = 1" },
    { session: 'B', sql: "SET statement_timeout = '1s'" },
    { session: 'B', sql: "UPDATE orders SET status = 'sent' WHERE id = 1" },
  ],
};
