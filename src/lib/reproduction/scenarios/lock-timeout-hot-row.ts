import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A updates a product\'s stock and has not committed. Session B, with a one-second lock_timeout, updates the same row, waits for A\'s row lock and gives up.',
  setup: `CREATE TABLE stock (product_id int PRIMARY KEY, quantity int NOT NULL);
INSERT INTO stock VALUES (42, 10);`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: 'UPDATE stock SET quantity = quantity - 1 WHERE product_id = 42' },
    { session: 'B', sql: "SET lock_timeout = '1s'" },
    { session: 'B', sql: 'UPDATE stock SET quantity = quantity - 1 WHERE product_id = 42' },
  ],
};
