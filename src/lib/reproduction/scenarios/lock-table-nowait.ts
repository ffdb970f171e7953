import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A reads orders in an open transaction. Session B asks for an ACCESS EXCLUSIVE lock with LOCK TABLE ... NOWAIT and fails at once.',
  setup: `CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL);
INSERT INTO orders VALUES (1, 'new');`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: 'SELECT count(*) FROM orders' },
    { session: 'B', sql: 'BEGIN' },
    { session: 'B', sql: 'LOCK TABLE orders IN ACCESS EXCLUSIVE MODE NOWAIT' },
  ],
};
