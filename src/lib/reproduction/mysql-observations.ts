// What the MariaDB server in the tests printed for each MariaDB reproduction, recorded by
// `npm run reproduce` in src/data/mariadb/observations/<number>.json, one file per error.

/** An error as the mariadb client prints it: `ERROR 1062 (23000): Duplicate entry ...`. */
export interface MySqlObservation {
  number: number;
  sqlstate: string;
  message: string;
}

export interface MySqlObservationFile {
  /** The server that printed it, as SELECT VERSION() reports it: 10.11.18-MariaDB-0+deb12u1. */
  server: string;
  /** The error the last statement (or the scenario) raised; absent when nothing was raised. */
  raised?: MySqlObservation;
}

const files = import.meta.glob<MySqlObservationFile>('../../data/mariadb/observations/*.json', { eager: true, import: 'default' });

/** The recorded run of a MariaDB reproduction, if there is one. */
export function mariadbObservation(number: number): MySqlObservationFile | undefined {
  return files[`../../data/mariadb/observations/${number}.json`];
}

/** The line the mariadb and mysql clients print for an error. */
export const clientText = ({ number, sqlstate, message }: MySqlObservation) => `ERROR ${number} (${sqlstate}): ${message}`;

/** "10.11.18-MariaDB-0+deb12u1" -> "MariaDB 10.11.18". */
export const serverLabel = (version: string) => `MariaDB ${version.split('-')[0]}`;
