import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A reads an account in a REPEATABLE READ transaction. Session B deletes that row and commits. When A then updates the row its snapshot still shows, PostgreSQL refuses.',
  setup: `CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL);
INSERT INTO accounts VALUES (1, 100);`,
  steps: [
    { session: 'A', sql: 'BEGIN ISOLATION LEVEL REPEATABLE READ' },
    { session: 'A', sql: 'SELECT balance FROM accounts WHERE id = 1' },
    { session: 'B', sql: 'DELETE FROM accounts WHERE id = 1' },
    { session: 'A', sql: 'UPDATE accounts SET balance = balance - 50 WHERE id = 1' },
  ],
};
