import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    "pg_hba.conf asks for md5 and the role app has a SCRAM verifier. The login with the right password succeeds; the deliberate 1/0 after it shows that the session was opened.",
  setup: "CREATE ROLE app LOGIN PASSWORD 'correct-password';",
  hba: ['host all all 127.0.0.1/32 md5'],
  steps: [
    { session: 'A', connect: { user: 'app', password: 'correct-password' } },
    { session: 'A', sql: 'SELECT 1/0' },
  ],
};
