import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A inserts a customer and has not committed. Session B inserts an order for that customer: the check cannot see the uncommitted parent and fails at once (the lock_timeout only guards against a wait).',
  setup: `CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: "INSERT INTO customers VALUES (7, 'grace@example.com')" },
    { session: 'B', sql: "SET lock_timeout = '5s'" },
    { session: 'B', sql: 'INSERT INTO orders VALUES (12, 7)' },
  ],
};
