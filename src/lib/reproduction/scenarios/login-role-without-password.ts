import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description: 'The role app was created without a password; a client logs in as app and sends one.',
  setup: 'CREATE ROLE app LOGIN;',
  steps: [{ session: 'A', connect: { user: 'app', password: 'some-password' } }],
};
