import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A creates audit_log with IF NOT EXISTS in an open transaction. Session B runs the same statement, waits for A, and fails on a catalog index once A commits.',
  steps: [
    { session: 'A', sql: 'BEGIN;\nCREATE TABLE IF NOT EXISTS audit_log (id bigint PRIMARY KEY, payload jsonb)' },
    { session: 'B', sql: 'CREATE TABLE IF NOT EXISTS audit_log (id bigint PRIMARY KEY, payload jsonb)', blocks: true },
    { session: 'A', sql: 'COMMIT' },
  ],
};
