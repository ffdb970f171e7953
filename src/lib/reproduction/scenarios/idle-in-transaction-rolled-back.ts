import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    "Session A updates a row in a transaction and goes quiet past its idle_in_transaction_session_timeout. Session B, with a lock_timeout, then updates the same row only if it still says 'new', and divides by zero in RETURNING: 22012 means A's lock was released and its update undone, 55P03 that the lock was still held.",
  setup: "CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);\nINSERT INTO orders VALUES (1, 'new');",
  steps: [
    { session: 'A', sql: "SET idle_in_transaction_session_timeout = '200ms'" },
    { session: 'A', sql: "BEGIN;\nUPDATE orders SET status = 'paid' WHERE id = 1" },
    { session: 'B', sql: 'SELECT pg_sleep(1)' },
    { session: 'B', sql: "SET lock_timeout = '500ms'" },
    { session: 'B', sql: "UPDATE orders SET status = 'shipped' WHERE id = 1 AND status = 'new' RETURNING 1 / (id - 1)" },
  ],
};
