import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'pg_hba.conf has a single line, for the superuser; the role app exists and has a password, but no line matches it.',
  setup: "CREATE ROLE app LOGIN PASSWORD 'app-password';",
  hba: ['host all postgres 127.0.0.1/32 scram-sha-256'],
  steps: [{ session: 'A', connect: { user: 'app', password: 'app-password' } }],
};
