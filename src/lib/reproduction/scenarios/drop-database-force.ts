import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A is connected to the database repro and idle. Session B, connected to postgres, runs DROP DATABASE repro WITH (FORCE), which terminates A before dropping the database; A\'s next statement fails.',
  steps: [
    { session: 'A', sql: 'SELECT 1' },
    { session: 'B', connect: { database: 'postgres' } },
    { session: 'B', sql: 'DROP DATABASE repro WITH (FORCE)' },
    { session: 'A', sql: 'SELECT 1' },
  ],
};
