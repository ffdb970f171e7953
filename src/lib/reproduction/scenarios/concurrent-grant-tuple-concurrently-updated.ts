import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Two sessions grant privileges on the same table at the same time. A has updated the table\'s pg_class row and not committed; B\'s GRANT waits for A, and when A commits, B finds the row changed under it.',
  setup: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: 'GRANT SELECT ON users TO PUBLIC' },
    { session: 'B', sql: 'GRANT INSERT ON users TO PUBLIC', blocks: true },
    { session: 'A', sql: 'COMMIT' },
  ],
};
