// Words that drivers, frameworks and cluster layers print for failures no server error message
// holds, each with the page that explains the failure and where the wording comes from. Data, not
// ranking rules: rank.ts offers the page of every phrase a paste contains.

export interface DriverPhrase {
  /** What the paste contains, lower-cased: the words, or the tool's own code (PROTOCOL_CONNECTION_LOST, P1001). */
  words: string;
  /** The page that explains it (which-database.ts keys). */
  key: string;
  /** Who prints it, as a result shows it. */
  printedBy: string;
  /** Where the wording is written down. */
  source: string;
}

export const DRIVER_PHRASES: readonly DriverPhrase[] = [
  {
    words: 'communications link failure',
    key: 'sqlstate/08S01',
    printedBy: "MySQL Connector/J's CommunicationsException, SQLSTATE 08S01 with error code 0",
    source: 'src/data/mysql/driver-names.json; content/sqlstate/08S01.md',
  },
  {
    words: 'protocol_connection_lost',
    key: 'mysql/2013',
    printedBy: "Node's mysql and mysql2: err.code for a connection the server closed",
    source: 'mysql2 lib/base/connection.js (src/lib/catching/mysql-drivers.ts)',
  },
  {
    words: 'connection lost: the server closed the connection',
    key: 'mysql/2013',
    printedBy: "Node's mysql and mysql2: the message of PROTOCOL_CONNECTION_LOST",
    source: 'mysqljs/mysql lib/protocol/Protocol.js, end()',
  },
  {
    words: 'connection terminated unexpectedly',
    key: '08006',
    printedBy: 'node-postgres, for a connection the server closed (no SQLSTATE)',
    source: "pg lib/client.js; content/postgresql/08006.mdx (this site's driver tests)",
  },
  {
    words: 'server closed the connection unexpectedly',
    key: '08006',
    printedBy: 'libpq (psql, psycopg, the Ruby pg gem), for a connection the server closed (no SQLSTATE)',
    source: 'libpq src/interfaces/libpq/fe-misc.c, pqReadData()',
  },
  {
    words: 'activerecord::connectiontimeouterror',
    key: '53300',
    printedBy: "Rails' connection pool: every pooled connection in use; sizing pools against max_connections is on 53300's page",
    source: 'activerecord lib/active_record/connection_adapters/abstract/connection_pool.rb',
  },
  {
    words: 'wsrep has not yet prepared node for application use',
    key: 'mariadb/1047',
    printedBy: 'Galera Cluster: ER_UNKNOWN_COM_ERROR (1047, SQLSTATE 08S01) from a node outside the primary component',
    source: 'Galera Cluster documentation, known limitations; MariaDB MDEV-14616',
  },
  {
    words: 'p1001',
    key: '08001',
    printedBy: "Prisma's P1001, Can't reach database server",
    source: "Prisma's error reference, P1001",
  },
];

/** The phrases a paste contains. */
export function driverPhrasesIn(input: string): DriverPhrase[] {
  const lower = input.toLowerCase();
  return DRIVER_PHRASES.filter(({ words }) => new RegExp(`(?<![\\w])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`).test(lower));
}
