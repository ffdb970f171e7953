import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A has read orders in an open transaction. Session B\'s ALTER TABLE waits behind A (for at most ten seconds, so that on a slow machine B still waits when C reads). Session C\'s plain SELECT, which A alone would not block, queues behind B and hits its one-second statement_timeout (57014), before B\'s own 55P03.',
  setup: `CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL);
INSERT INTO orders VALUES (1, 'new');`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: 'SELECT count(*) FROM orders' },
    { session: 'B', sql: "SET lock_timeout = '10s'" },
    { session: 'B', sql: 'ALTER TABLE orders ADD COLUMN note text', blocks: true },
    { session: 'C', sql: "SET statement_timeout = '1s'" },
    { session: 'C', sql: 'SELECT count(*) FROM orders' },
  ],
};
