import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'At READ COMMITTED, session A changes an order\'s region, which moves the row to another partition. Session B updates the same order, waits for A, and fails once A commits.',
  setup: `CREATE TABLE orders (id int, region text NOT NULL, status text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
INSERT INTO orders VALUES (1, 'eu', 'new');`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: "UPDATE orders SET region = 'us' WHERE id = 1" },
    { session: 'B', sql: "UPDATE orders SET status = 'paid' WHERE id = 1", blocks: true },
    { session: 'A', sql: 'COMMIT' },
  ],
};
