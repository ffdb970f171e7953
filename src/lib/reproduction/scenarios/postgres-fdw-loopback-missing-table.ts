import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'A postgres_fdw server points back at the same PostgreSQL instance (its own port and database); pg_hba.conf trusts 127.0.0.1 so the loopback login needs no password. The foreign table names a remote table, orders_archive, that does not exist.',
  setup: `CREATE EXTENSION postgres_fdw;
DO $$
BEGIN
  EXECUTE format('CREATE SERVER shop_remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, dbname %L)',
                 '127.0.0.1', current_setting('port'), current_database());
  EXECUTE format('CREATE USER MAPPING FOR CURRENT_USER SERVER shop_remote OPTIONS (user %L)', current_user);
END
$$;
CREATE FOREIGN TABLE remote_orders (id bigint, total numeric)
  SERVER shop_remote OPTIONS (table_name 'orders_archive');`,
  hba: ['local all all trust', 'host all all 127.0.0.1/32 trust'],
  steps: [{ session: 'A', sql: 'SELECT * FROM remote_orders;' }],
};
