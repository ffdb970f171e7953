import { loopbackScenario } from '../postgres-fdw-loopback';

export const scenario = loopbackScenario({
  remote: 'The foreign table names a remote table, orders_archive, that does not exist.',
  foreignTable: `CREATE FOREIGN TABLE remote_orders (id bigint, total numeric)
  SERVER shop_remote OPTIONS (table_name 'orders_archive');`,
  sql: 'SELECT * FROM remote_orders;',
});
