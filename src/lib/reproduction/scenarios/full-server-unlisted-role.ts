import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'max_connections = 2 with no reserved slots, and pg_hba.conf has a line for the superuser only; both slots are taken when the role app, which no line matches, tries to log in.',
  setup: "CREATE ROLE app LOGIN PASSWORD 'app-password';",
  hba: ['host all postgres 127.0.0.1/32 scram-sha-256'],
  settings: { max_connections: '2', superuser_reserved_connections: '0', reserved_connections: '0' },
  steps: [
    { session: 'A', connect: {} },
    { session: 'B', connect: {} },
    { session: 'C', connect: { user: 'app', password: 'app-password' } },
  ],
};
