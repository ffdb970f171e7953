import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'A server started with max_prepared_transactions = 1; a session prepares one transaction and leaves it unfinished, then prepares a second.',
  settings: { max_prepared_transactions: '1' },
  setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);',
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: "INSERT INTO orders VALUES (4711, 'paid')" },
    { session: 'A', sql: "PREPARE TRANSACTION 'order-4711'" },
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: "INSERT INTO orders VALUES (4712, 'paid')" },
    { session: 'A', sql: "PREPARE TRANSACTION 'order-4712'" },
  ],
};
