import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'The role app logs in with a wrong password and names a database that does not exist. The server authenticates first, so the answer is the password failure, not 3D000.',
  setup: "CREATE ROLE app LOGIN PASSWORD 'app-password';",
  steps: [{ session: 'A', connect: { user: 'app', password: 'wrong-password', database: 'shop' } }],
};
