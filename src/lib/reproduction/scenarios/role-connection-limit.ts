import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description: 'The role app has CONNECTION LIMIT 1 on a server with plenty of free slots; app logs in twice.',
  setup: "CREATE ROLE app LOGIN PASSWORD 'app-password' CONNECTION LIMIT 1;",
  steps: [
    { session: 'A', connect: { user: 'app', password: 'app-password' } },
    { session: 'B', connect: { user: 'app', password: 'app-password' } },
  ],
};
