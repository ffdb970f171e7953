import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    "The role app's password was stored as an MD5 hash; pg_hba.conf asks for scram-sha-256, and the client sends the right password.",
  setup: "SET password_encryption = 'md5';\nCREATE ROLE app LOGIN PASSWORD 'correct-password';",
  steps: [{ session: 'A', connect: { user: 'app', password: 'correct-password' } }],
};
