// The postgres_fdw scenarios need a remote server, and the one a scenario has is its own: a
// postgres_fdw server that points back at the same instance, built from the port and database
// the scenario runs on (which no reader's psql session knows in advance, hence the DO block).
import type { Scenario } from './scenarios';

const LOOPBACK_SERVER = `CREATE EXTENSION postgres_fdw;
DO $$
BEGIN
  EXECUTE format('CREATE SERVER shop_remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, dbname %L)',
                 '127.0.0.1', current_setting('port'), current_database());
  EXECUTE format('CREATE USER MAPPING FOR CURRENT_USER SERVER shop_remote OPTIONS (user %L)', current_user);
END
$$;`;

export interface LoopbackCase {
  /** What the remote side holds, in one sentence, after the shared description. */
  remote: string;
  /** Tables on the "remote" side, created before the foreign server. */
  remoteTables?: string;
  /** The foreign table, created after the foreign server. */
  foreignTable?: string;
  /** The statement that fails. */
  sql: string;
}

export function loopbackScenario({ remote, remoteTables, foreignTable, sql }: LoopbackCase): Scenario {
  return {
    description: `A postgres_fdw server points back at the same PostgreSQL instance (its own port and database); pg_hba.conf trusts 127.0.0.1 so the loopback login needs no password. ${remote}`,
    setup: [remoteTables, LOOPBACK_SERVER, foreignTable].filter(Boolean).join('\n'),
    hba: ['local all all trust', 'host all all 127.0.0.1/32 trust'],
    steps: [{ session: 'A', sql }],
  };
}
