import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Two SERIALIZABLE transactions each check that the other doctor is on call, then take themselves off call. They write different rows, but no serial order gives this result: the second to commit fails.',
  setup: `CREATE TABLE doctors (name text PRIMARY KEY, on_call boolean NOT NULL);
INSERT INTO doctors VALUES ('alice', true), ('bob', true);`,
  steps: [
    { session: 'A', sql: 'BEGIN ISOLATION LEVEL SERIALIZABLE' },
    { session: 'A', sql: 'SELECT count(*) FROM doctors WHERE on_call' },
    { session: 'B', sql: 'BEGIN ISOLATION LEVEL SERIALIZABLE' },
    { session: 'B', sql: 'SELECT count(*) FROM doctors WHERE on_call' },
    { session: 'A', sql: "UPDATE doctors SET on_call = false WHERE name = 'alice'" },
    { session: 'B', sql: "UPDATE doctors SET on_call = false WHERE name = 'bob'" },
    { session: 'A', sql: 'COMMIT' },
    { session: 'B', sql: 'COMMIT' },
  ],
};
