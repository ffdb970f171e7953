import { loopbackScenario } from '../postgres-fdw-loopback';

export const scenario = loopbackScenario({
  remote: 'The remote database has a schema created as "Sales", with a capital S.',
  remoteTables: `CREATE SCHEMA "Sales";
CREATE TABLE "Sales".orders (id bigint PRIMARY KEY, total numeric NOT NULL);`,
  sql: 'IMPORT FOREIGN SCHEMA Sales FROM SERVER shop_remote INTO public;',
});
