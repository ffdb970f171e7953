// What the MariaDB server in the tests printed for each MariaDB reproduction, recorded by
// `npm run reproduce` in src/data/mariadb/observations/<number>.json, one file per error.
import type { MySqlObservationFile } from './mysql-observations';

const files = import.meta.glob<MySqlObservationFile>('../../data/mariadb/observations/*.json', { eager: true, import: 'default' });

/** The recorded run of a MariaDB reproduction, if there is one. */
export function mariadbObservation(number: number): MySqlObservationFile | undefined {
  return files[`../../data/mariadb/observations/${number}.json`];
}

