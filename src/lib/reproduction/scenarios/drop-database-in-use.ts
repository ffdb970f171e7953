import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Session A stays connected to the database; session B, connected to postgres, tries to drop it.',
  steps: [
    { session: 'A', sql: 'SELECT 1' },
    { session: 'B', connect: { database: 'postgres' } },
    { session: 'B', sql: 'DROP DATABASE repro' },
  ],
};
