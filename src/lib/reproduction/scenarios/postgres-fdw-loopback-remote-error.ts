import { loopbackScenario } from '../postgres-fdw-loopback';

export const scenario = loopbackScenario({
  remote: 'The remote orders table has a row whose quantity is 0, and the division is pushed down to the remote side.',
  remoteTables: `CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, quantity integer NOT NULL);
INSERT INTO orders VALUES (1, 30, 3), (2, 0, 0);`,
  foreignTable: `CREATE FOREIGN TABLE remote_orders (id bigint, total numeric, quantity integer)
  SERVER shop_remote OPTIONS (table_name 'orders');`,
  sql: 'SELECT id FROM remote_orders WHERE total / quantity > 5;',
});
