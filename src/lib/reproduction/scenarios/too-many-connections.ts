import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description: 'A server started with max_connections = 3 and no reserved slots; a fourth client tries to log in.',
  settings: { max_connections: '3', superuser_reserved_connections: '0', reserved_connections: '0' },
  steps: [
    { session: 'A', connect: {} },
    { session: 'B', connect: {} },
    { session: 'C', connect: {} },
    { session: 'D', connect: {} },
  ],
};
