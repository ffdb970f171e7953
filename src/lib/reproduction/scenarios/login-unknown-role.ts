import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description: 'A client logs in with a password as ghost, a role that does not exist on this server.',
  steps: [{ session: 'A', connect: { user: 'ghost', password: 'any-password' } }],
};
