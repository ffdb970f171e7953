// The shape of what the MariaDB server in the tests printed for a reproduction, and how the
// client shows it. The recorded runs themselves are read by mariadb-runs.ts.

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

/** The line the mariadb and mysql clients print for an error. */
export const clientText = ({ number, sqlstate, message }: MySqlObservation) => `ERROR ${number} (${sqlstate}): ${message}`;

/** "10.11.18-MariaDB-0+deb12u1" -> "MariaDB 10.11.18". */
export const serverLabel = (version: string) => `MariaDB ${version.split('-')[0]}`;
