import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'A postgres_fdw server points back at the same PostgreSQL instance (its own port and database); pg_hba.conf trusts 127.0.0.1 so the loopback login needs no password. The remote events.kind column is text, but the foreign table declares it integer.',
  setup: `CREATE EXTENSION postgres_fdw;
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL);
INSERT INTO events VALUES (1, 'signup');
DO $$
BEGIN
  EXECUTE format('CREATE SERVER shop_remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, dbname %L)',
                 '127.0.0.1', current_setting('port'), current_database());
  EXECUTE format('CREATE USER MAPPING FOR CURRENT_USER SERVER shop_remote OPTIONS (user %L)', current_user);
END
$$;
CREATE FOREIGN TABLE remote_events (id bigint, kind integer)
  SERVER shop_remote OPTIONS (table_name 'events');`,
  hba: ['local all all trust', 'host all all 127.0.0.1/32 trust'],
  steps: [{ session: 'A', sql: 'SELECT * FROM remote_events;' }],
};
