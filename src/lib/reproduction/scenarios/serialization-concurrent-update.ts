import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A reads a balance in a REPEATABLE READ transaction. Session B updates the same row; A tries to update it too and waits for B. As soon as B commits, the row A wants to change is newer than A\'s snapshot, and PostgreSQL refuses the update.',
  setup: `CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL);
INSERT INTO accounts VALUES (1, 100);`,
  steps: [
    { session: 'A', sql: 'BEGIN ISOLATION LEVEL REPEATABLE READ' },
    { session: 'A', sql: 'SELECT balance FROM accounts WHERE id = 1' },
    { session: 'B', sql: 'BEGIN' },
    { session: 'B', sql: 'UPDATE accounts SET balance = balance - 30 WHERE id = 1' },
    { session: 'A', sql: 'UPDATE accounts SET balance = balance - 50 WHERE id = 1', blocks: true },
    { session: 'B', sql: 'COMMIT' },
  ],
};
