import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Two sessions run the same sign-up code: each looks for the email first, finds nothing, and inserts. Session B waits on the unique index until A commits, then fails.',
  setup: `CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL UNIQUE
);`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: "SELECT id FROM users WHERE email = 'ada@example.com'  -- no row" },
    { session: 'B', sql: "SELECT id FROM users WHERE email = 'ada@example.com'  -- no row either" },
    { session: 'A', sql: "INSERT INTO users (email) VALUES ('ada@example.com')" },
    { session: 'B', sql: "INSERT INTO users (email) VALUES ('ada@example.com')", blocks: true },
    { session: 'A', sql: 'COMMIT' },
  ],
};
