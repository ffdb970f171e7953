import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'A server started with max_connections = 4, one slot reserved for superusers and none for pg_use_reserved_connections; the application role app, not a superuser, opens a fourth connection.',
  setup: "CREATE ROLE app LOGIN PASSWORD 'app-password';",
  // reserved_connections exists since PostgreSQL 16; older majors run without it (majors.ts).
  settings: { max_connections: '4', superuser_reserved_connections: '1', reserved_connections: '0' },
  steps: [
    { session: 'A', connect: { user: 'app', password: 'app-password' } },
    { session: 'B', connect: { user: 'app', password: 'app-password' } },
    { session: 'C', connect: { user: 'app', password: 'app-password' } },
    { session: 'D', connect: { user: 'app', password: 'app-password' } },
  ],
};
