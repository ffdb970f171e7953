import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A has an open transaction that has read from orders. Session B runs a migration with a lock_timeout; ALTER TABLE needs an ACCESS EXCLUSIVE lock, waits behind A, and gives up after one second.',
  setup: `CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL);
INSERT INTO orders VALUES (1, 'new');`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: 'SELECT count(*) FROM orders' },
    { session: 'B', sql: "SET lock_timeout = '1s'" },
    { session: 'B', sql: 'ALTER TABLE orders ADD COLUMN note text' },
  ],
};
