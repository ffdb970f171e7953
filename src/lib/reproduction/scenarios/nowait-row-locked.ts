import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Worker A locks the first pending job. Worker B asks for the same row with FOR UPDATE NOWAIT and fails at once instead of waiting.',
  setup: `CREATE TABLE jobs (id int PRIMARY KEY, status text NOT NULL);
INSERT INTO jobs VALUES (1, 'pending'), (2, 'pending');`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: "SELECT id FROM jobs WHERE status = 'pending' ORDER BY id LIMIT 1 FOR UPDATE" },
    { session: 'B', sql: 'BEGIN' },
    { session: 'B', sql: "SELECT id FROM jobs WHERE status = 'pending' ORDER BY id LIMIT 1 FOR UPDATE NOWAIT" },
  ],
};
