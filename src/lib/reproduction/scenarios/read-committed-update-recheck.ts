import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'At READ COMMITTED, session B withdraws 50 with a guarded UPDATE while A, uncommitted, takes the balance from 100 to 20. B waits, re-checks its WHERE clause on the row A committed, and updates nothing. The last step divides by zero exactly when the balance is still 20, as the proof.',
  setup: `CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL);
INSERT INTO accounts VALUES (1, 100);`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: 'UPDATE accounts SET balance = balance - 80 WHERE id = 1' },
    { session: 'B', sql: 'UPDATE accounts SET balance = balance - 50 WHERE id = 1 AND balance >= 50', blocks: true },
    { session: 'A', sql: 'COMMIT' },
    { session: 'B', sql: 'SELECT 1 / (count(*) - 1) FROM accounts WHERE balance = 20' },
  ],
};
