import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'A fresh database on PostgreSQL 18, created and owned by the superuser. The application role logs in and runs its first migration into the public schema.',
  setup: "CREATE ROLE app_user LOGIN PASSWORD 'app-user-password';",
  steps: [
    { session: 'app', connect: { user: 'app_user', password: 'app-user-password' } },
    { session: 'app', sql: 'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);' },
  ],
};
