import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description: 'The database repro has CONNECTION LIMIT 1 on a server with plenty of free slots; the role app logs in to it twice.',
  setup: "CREATE ROLE app LOGIN PASSWORD 'app-password';\nALTER DATABASE repro CONNECTION LIMIT 1;",
  steps: [
    { session: 'A', connect: { user: 'app', password: 'app-password' } },
    { session: 'B', connect: { user: 'app', password: 'app-password' } },
  ],
};
