import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Two sessions take a SHARE lock on orders, then both write to it. Each write needs ROW EXCLUSIVE, which the other session\'s SHARE lock blocks: a cycle of relation locks.',
  setup: `CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL);
INSERT INTO orders VALUES (1, 'new');`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: 'LOCK TABLE orders IN SHARE MODE' },
    { session: 'B', sql: 'BEGIN' },
    { session: 'B', sql: 'LOCK TABLE orders IN SHARE MODE' },
    { session: 'A', sql: "UPDATE orders SET status = 'paid' WHERE id = 1", blocks: true },
    { session: 'B', sql: "UPDATE orders SET status = 'sent' WHERE id = 1" },
  ],
};
