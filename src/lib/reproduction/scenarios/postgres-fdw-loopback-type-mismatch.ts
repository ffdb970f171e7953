import { loopbackScenario } from '../postgres-fdw-loopback';

export const scenario = loopbackScenario({
  remote: 'The remote events.kind column is text, but the foreign table declares it integer.',
  remoteTables: `CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL);
INSERT INTO events VALUES (1, 'signup');`,
  foreignTable: `CREATE FOREIGN TABLE remote_events (id bigint, kind integer)
  SERVER shop_remote OPTIONS (table_name 'events');`,
  sql: 'SELECT * FROM remote_events;',
});
