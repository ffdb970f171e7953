import { loopbackScenario } from '../postgres-fdw-loopback';

export const scenario = loopbackScenario({
  remote: 'The remote database has no schema named sales.',
  sql: 'IMPORT FOREIGN SCHEMA sales FROM SERVER shop_remote INTO public;',
});
