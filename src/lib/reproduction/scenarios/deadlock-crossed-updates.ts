import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Two transfers touch the same two accounts in opposite order. Each session locks one row, then waits for the row the other one holds. After deadlock_timeout (1 second by default) the first session to wait checks, finds the cycle and gets the error; B then completes its update.',
  setup: `CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL);
INSERT INTO accounts VALUES (1, 100), (2, 100);`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: 'UPDATE accounts SET balance = balance - 10 WHERE id = 1' },
    { session: 'B', sql: 'BEGIN' },
    { session: 'B', sql: 'UPDATE accounts SET balance = balance - 20 WHERE id = 2' },
    { session: 'A', sql: 'UPDATE accounts SET balance = balance + 10 WHERE id = 2', blocks: true },
    // B now waits for A, which waits for B: the cycle is closed. This step returns once A is cancelled.
    { session: 'B', sql: 'UPDATE accounts SET balance = balance + 20 WHERE id = 1' },
  ],
};
