import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'A postgres_fdw server points back at the same PostgreSQL instance (its own port and database); pg_hba.conf trusts 127.0.0.1 so the loopback login needs no password. The remote database has a schema created as "Sales", with a capital S.',
  setup: `CREATE EXTENSION postgres_fdw;
CREATE SCHEMA "Sales";
CREATE TABLE "Sales".orders (id bigint PRIMARY KEY, total numeric NOT NULL);
DO $$
BEGIN
  EXECUTE format('CREATE SERVER shop_remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, dbname %L)',
                 '127.0.0.1', current_setting('port'), current_database());
  EXECUTE format('CREATE USER MAPPING FOR CURRENT_USER SERVER shop_remote OPTIONS (user %L)', current_user);
END
$$;`,
  hba: ['local all all trust', 'host all all 127.0.0.1/32 trust'],
  steps: [{ session: 'A', sql: 'IMPORT FOREIGN SCHEMA Sales FROM SERVER shop_remote INTO public;' }],
};
