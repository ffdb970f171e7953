import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Two sessions run the same migration at once: B waits on the catalog row that A has not committed, then fails with 23505 instead of skipping the table.',
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: 'CREATE TABLE IF NOT EXISTS audit_log (id bigint PRIMARY KEY)' },
    { session: 'B', sql: 'CREATE TABLE IF NOT EXISTS audit_log (id bigint PRIMARY KEY)', blocks: true },
    { session: 'A', sql: 'COMMIT' },
  ],
};
