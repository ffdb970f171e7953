import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description: 'The role app has a password; a client logs in as app with a different one.',
  setup: "CREATE ROLE app LOGIN PASSWORD 'correct-password';",
  steps: [{ session: 'A', connect: { user: 'app', password: 'old-password' } }],
};
