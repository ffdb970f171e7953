import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'An administrator, connected to postgres, sets the database to ALLOW_CONNECTIONS false; a client then tries to log in to it.',
  steps: [
    { session: 'admin', connect: { database: 'postgres' } },
    { session: 'admin', sql: 'ALTER DATABASE repro WITH ALLOW_CONNECTIONS false' },
    { session: 'A', connect: {} },
  ],
};
