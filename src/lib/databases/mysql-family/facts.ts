// Typed access to the facts about MySQL and MariaDB errors in src/data/{mysql,mariadb}, copied
// from their sources by scripts/import-mysql-data.mjs (server errors) and read from the client
// libraries (client-errors.json). The two share a lineage and a numbering, so one module serves
// both; every function takes the database it is asked about.
import mysqlServer from '../../../data/mysql/server-errors.json' with { type: 'json' };
import mysqlClient from '../../../data/mysql/client-errors.json' with { type: 'json' };
import mariadbServer from '../../../data/mariadb/server-errors.json' with { type: 'json' };
import mariadbClient from '../../../data/mariadb/client-errors.json' with { type: 'json' };

export type MySqlFamilyId = 'mysql' | 'mariadb';
export const MYSQL_FAMILY: readonly MySqlFamilyId[] = ['mysql', 'mariadb'];

/** One error number as the data gives it. */
export interface MySqlError {
  /** The error number the client prints: 1062, 2002. */
  number: number;
  /** The name in the source: ER_DUP_ENTRY, CR_SERVER_GONE_ERROR. */
  symbol: string;
  /** The SQLSTATE the server (or client library) reports with it. */
  sqlstate: string;
  /** The English message format, with the C placeholders (%s, %-.192s, %d) as in the source. */
  message: string;
  /** Who sends it: the server, or the client library on its own (2000 to 2999). */
  raisedBy: 'server' | 'client';
}

interface ErrorFile {
  source: Record<string, string>;
  errors: Omit<MySqlError, 'raisedBy'>[];
}

const files: Record<MySqlFamilyId, { server: ErrorFile; client: ErrorFile }> = {
  mysql: { server: mysqlServer, client: mysqlClient },
  mariadb: { server: mariadbServer, client: mariadbClient },
};

const errorsOf = (database: MySqlFamilyId): MySqlError[] => [
  ...files[database].server.errors.map((e) => ({ ...e, raisedBy: 'server' as const })),
  ...files[database].client.errors.map((e) => ({ ...e, raisedBy: 'client' as const })),
].sort((a, b) => a.number - b.number);

const all: Record<MySqlFamilyId, MySqlError[]> = { mysql: errorsOf('mysql'), mariadb: errorsOf('mariadb') };
const byNumber: Record<MySqlFamilyId, Map<number, MySqlError>> = {
  mysql: new Map(all.mysql.map((e) => [e.number, e])),
  mariadb: new Map(all.mariadb.map((e) => [e.number, e])),
};

/** Every error number the database's server or client library reports, in order. */
export const mysqlErrors = (database: MySqlFamilyId): readonly MySqlError[] => all[database];

export function findMySqlError(database: MySqlFamilyId, number: number): MySqlError | undefined {
  return byNumber[database].get(number);
}

/** Where the facts come from: the repository, file and commit of the server's and the client's lists. */
export const mysqlSources = (database: MySqlFamilyId) => ({ server: files[database].server.source, client: files[database].client.source });

/** The display name: MySQL, MariaDB. */
export const familyName = (database: MySqlFamilyId) => (database === 'mysql' ? 'MySQL' : 'MariaDB');
