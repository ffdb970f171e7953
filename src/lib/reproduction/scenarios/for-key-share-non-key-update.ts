import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A holds FOR KEY SHARE on a stock row. Session B, with a one-second lock_timeout, updates the row\'s quantity without waiting; only its change of the key waits and times out.',
  setup: `CREATE TABLE stock (product_id int PRIMARY KEY, quantity int NOT NULL);
INSERT INTO stock VALUES (42, 10);`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: 'SELECT quantity FROM stock WHERE product_id = 42 FOR KEY SHARE' },
    { session: 'B', sql: "SET lock_timeout = '1s'" },
    { session: 'B', sql: 'UPDATE stock SET quantity = quantity - 1 WHERE product_id = 42' },
    { session: 'B', sql: 'UPDATE stock SET product_id = 43 WHERE product_id = 42' },
  ],
};
