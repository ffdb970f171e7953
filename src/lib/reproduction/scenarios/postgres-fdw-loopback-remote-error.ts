import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'A postgres_fdw server points back at the same PostgreSQL instance (its own port and database); pg_hba.conf trusts 127.0.0.1 so the loopback login needs no password. The remote orders table has a row whose quantity is 0, and the division is pushed down to the remote side.',
  setup: `CREATE EXTENSION postgres_fdw;
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, quantity integer NOT NULL);
INSERT INTO orders VALUES (1, 30, 3), (2, 0, 0);
DO $$
BEGIN
  EXECUTE format('CREATE SERVER shop_remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, dbname %L)',
                 '127.0.0.1', current_setting('port'), current_database());
  EXECUTE format('CREATE USER MAPPING FOR CURRENT_USER SERVER shop_remote OPTIONS (user %L)', current_user);
END
$$;
CREATE FOREIGN TABLE remote_orders (id bigint, total numeric, quantity integer)
  SERVER shop_remote OPTIONS (table_name 'orders');`,
  hba: ['local all all trust', 'host all all 127.0.0.1/32 trust'],
  steps: [{ session: 'A', sql: 'SELECT id FROM remote_orders WHERE total / quantity > 5;' }],
};
