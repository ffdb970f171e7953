import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description: "The role app's password expired long ago (VALID UNTIL 2000-01-01); a client logs in as app with that right password.",
  setup: "CREATE ROLE app LOGIN PASSWORD 'correct-password' VALID UNTIL '2000-01-01';",
  steps: [{ session: 'A', connect: { user: 'app', password: 'correct-password' } }],
};
