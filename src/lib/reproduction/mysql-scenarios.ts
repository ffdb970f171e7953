// Reproductions of MySQL and MariaDB client errors: what the reader does in a shell and in the
// client, not SQL alone. tests/reproductions/mariadb.test.ts runs each with the real `mariadb`
// client against the test server and records what it printed.

export interface MySqlScenario {
  /** What the steps do, for the page. */
  description: string;
  /** The commands as a reader types them, shown on the page. */
  script: string;
  /** The language of `script` where it is neither SQL nor shell (a driver's code). */
  lang?: 'js' | 'php';
}

export const mysqlScenarios: Record<string, MySqlScenario> = {
  'missing-socket': {
    description: 'The client is pointed at a Unix socket file where no server listens.',
    script: 'mariadb --socket=/tmp/no-server-here.sock -e "SELECT 1"',
  },
  'idle-timeout': {
    description: 'The session lowers its wait_timeout to one second and stays idle for two; the server closes the connection, and the next statement finds it gone.',
    script: "SET SESSION wait_timeout = 1;\n-- wait two seconds, then:\nSELECT 1;",
  },
  'killed-during-query': {
    description: 'A second session kills the connection while its query runs.',
    script: "-- session 1\nSELECT SLEEP(10);\n\n-- session 2, while session 1 waits\nKILL CONNECTION <id of session 1>;",
  },
  'client-without-plugin-auth': {
    description:
      'An account authenticates with a plugin other than the native password one, and a client that does not announce plugin authentication logs in to it (mysql2 with its PLUGIN_AUTH capability turned off stands for such an old client).',
    script:
      "// as root first: CREATE USER report_app@localhost IDENTIFIED VIA unix_socket;\nconst mysql = require('mysql2/promise');\nawait mysql.createConnection({ socketPath: '/run/mysqld/mysqld.sock', user: 'report_app', flags: ['-PLUGIN_AUTH'] });",
    lang: 'js',
  },
  'socket-auth-other-user': {
    description: 'An account authenticates with the unix_socket plugin, and an operating-system user of another name logs in as it.',
    script: 'mariadb -e "CREATE USER socket_app@localhost IDENTIFIED VIA unix_socket"\n# as any operating-system user not called socket_app:\nmariadb -u socket_app -e "SELECT 1"',
  },
  'socket-or-invalid-password': {
    description:
      'An account is set up as mariadb-install-db sets up root@localhost since MariaDB 10.4 (an invalid password hash OR unix_socket), and an operating-system user of another name logs in to it with a password.',
    script: 'mariadb -e "CREATE USER dba@localhost IDENTIFIED VIA mysql_native_password USING \'invalid\' OR unix_socket"\n# as any operating-system user not called dba, with any password:\nmariadb -u dba -psecret -e "SELECT 1"',
  },
  'database-not-granted': {
    description: 'An account with no privileges at all names a database when it connects.',
    script: 'mariadb -e "CREATE USER app@localhost IDENTIFIED BY \'secret\'"\nmariadb -u app -psecret -D shop -e "SELECT 1"',
  },
  'table-not-granted': {
    description: 'An account may only read the orders table, and deletes from it.',
    script: 'mariadb -e "CREATE DATABASE sales; CREATE TABLE sales.orders (id int, total decimal(10, 2)); CREATE USER report@localhost IDENTIFIED BY \'secret\'; GRANT SELECT ON sales.orders TO report@localhost"\nmariadb -u report -psecret sales -e "DELETE FROM orders"',
  },
  'column-not-granted': {
    description: 'An account may read two columns of the customers table, and selects a third.',
    script: 'mariadb -e "CREATE DATABASE crm; CREATE TABLE crm.customers (id int, name varchar(50), email varchar(100)); CREATE USER support@localhost IDENTIFIED BY \'secret\'; GRANT SELECT (id, name) ON crm.customers TO support@localhost"\nmariadb -u support -psecret crm -e "SELECT name, email FROM customers"',
  },
  'call-then-query-mysqli': {
    description: "PHP's mysqli calls a stored procedure, frees the rows it returned, and sends the next query without reading the CALL's last result, the status that ends every CALL.",
    script: "// as root first: CREATE PROCEDURE sales.list_orders() SELECT id, total FROM sales.orders;\n$db = new mysqli('localhost', 'app', 'secret', 'sales');\n$orders = $db->query('CALL list_orders()');\n$orders->free();\n$db->query('SELECT 1');",
    lang: 'php',
  },
  'call-then-query-pdo': {
    description: "PHP's PDO calls the same procedure, fetches its rows, and runs the next query while the statement still holds the CALL's remaining result.",
    script: "$db = new PDO('mysql:unix_socket=/run/mysqld/mysqld.sock;dbname=sales', 'app', 'secret');\n$db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);\n$statement = $db->query('CALL list_orders()');\n$orders = $statement->fetchAll();\n$db->query('SELECT 1');",
    lang: 'php',
  },
  'truncated-login-packet': {
    description: 'A program connects, receives the server greeting, and answers with a one-byte packet instead of a login packet, as a broken client, proxy or port probe does.',
    script: "const net = require('net');\nconst socket = net.connect('/run/mysqld/mysqld.sock');\n// after the server's greeting: a packet of length 1, sequence 1\nsocket.once('data', () => socket.write(Buffer.from([1, 0, 0, 1, 0])));\nsocket.on('data', (reply) => console.log(reply.subarray(4)));",
    lang: 'js',
  },
  'http-request-to-server': {
    description: 'An HTTP request (a browser, a web health check) is sent to the server port after its greeting.',
    script: 'curl --http0.9 http://db.internal:3306/',
  },
  'no-default-database': {
    description: 'The client connects without naming a database and reads a table by its bare name.',
    script: 'mariadb -e "SELECT * FROM orders"',
  },
  'refused-tcp-port': {
    description: 'The client connects over TCP to a port of this machine where nothing listens.',
    script: 'mariadb -h 127.0.0.1 -P 3307 -e "SELECT 1"',
  },
  'unknown-host': {
    description: 'The client is given a host name that does not resolve (names under .invalid never do).',
    script: 'mariadb -h db.invalid -e "SELECT 1"',
  },
  'port-in-host-name': {
    description: 'The port is written into the host name, as a connection string would have it.',
    script: 'mariadb -h db.invalid:3306 -e "SELECT 1"',
  },
  'tls-required-no-tls': {
    description: 'The client insists on a verified TLS connection to a server that was started without certificates.',
    script: 'mariadb --ssl-verify-server-cert -e "SELECT 1"',
  },
  'require-ssl-account-without-tls': {
    description: 'An account created REQUIRE SSL logs in over a connection without TLS.',
    script: 'mariadb -e "CREATE USER secure_app@localhost IDENTIFIED BY \'secret\' REQUIRE SSL"\nmariadb -u secure_app -psecret -e "SELECT 1"',
  },
  'queries-per-hour-limit': {
    description: 'An account may run two statements an hour, and its session sends a third.',
    script: 'mariadb -e "CREATE USER quota_app@localhost IDENTIFIED BY \'secret\' WITH MAX_QUERIES_PER_HOUR 2"\nmariadb -u quota_app -psecret -e "SELECT 1; SELECT 2; SELECT 3"',
  },
  'connections-per-hour-limit': {
    description: 'An account may connect once an hour, and connects a second time.',
    script: 'mariadb -e "CREATE USER hourly_app@localhost IDENTIFIED BY \'secret\' WITH MAX_CONNECTIONS_PER_HOUR 1"\nmariadb -u hourly_app -psecret -e "SELECT 1"\nmariadb -u hourly_app -psecret -e "SELECT 1"',
  },
  'account-connection-limit': {
    description: 'An account may hold one connection at a time (its own MAX_USER_CONNECTIONS), and opens a second while the first is open.',
    script: 'mariadb -e "CREATE USER single_app@localhost IDENTIFIED BY \'secret\' WITH MAX_USER_CONNECTIONS 1"\nmariadb -u single_app -psecret -e "SELECT SLEEP(5)" &\nmariadb -u single_app -psecret -e "SELECT 1"',
  },
  'definer-without-set-user': {
    description: 'An account with every privilege on one database loads a view whose DEFINER is another account, as a dump from another server carries it.',
    script: 'mariadb -e "CREATE DATABASE shop_import; CREATE TABLE shop_import.orders (id int); CREATE USER loader@localhost IDENTIFIED BY \'secret\'; GRANT ALL ON shop_import.* TO loader@localhost"\nmariadb -u loader -psecret shop_import -e "CREATE DEFINER=\'admin\'@\'localhost\' VIEW open_orders AS SELECT * FROM orders"',
  },
  'set-global-without-privilege': {
    description: 'An account without administrative privileges changes a global setting.',
    script: 'mariadb -e "CREATE USER app_ops@localhost IDENTIFIED BY \'secret\'"\nmariadb -u app_ops -psecret -e "SET GLOBAL max_connections = 200"',
  },
  'expired-password-sandbox': {
    description: 'An account whose password has expired logs in with a client that says it can handle that, and runs a statement.',
    script: 'mariadb -e "CREATE USER renew_app@localhost IDENTIFIED BY \'secret\' PASSWORD EXPIRE"\nmariadb -u renew_app -psecret --connect-expired-password -e "SELECT 1"',
  },
  'expired-password-disconnect': {
    description: 'An account whose password has expired logs in from a script while disconnect_on_expired_password is ON; the client, in batch mode without --connect-expired-password, does not announce that it handles expired passwords.',
    script: 'mariadb -e "CREATE USER expired_app@localhost IDENTIFIED BY \'secret\' PASSWORD EXPIRE; SET GLOBAL disconnect_on_expired_password = ON"\nmariadb -u expired_app -psecret -e "SELECT 1"',
  },
  'packet-too-large': {
    description: 'A client sends one statement longer than the server\'s max_allowed_packet (16 MiB by default), as an INSERT of a large file or a huge batch does.',
    script: "const mysql = require('mysql2/promise');\nconst conn = await mysql.createConnection({ socketPath: '/run/mysqld/mysqld.sock', user: 'root' });\nawait conn.query(\"SELECT LENGTH('\" + 'a'.repeat(17 * 1024 * 1024) + \"')\");",
    lang: 'js',
  },
  'snapshot-then-alter': {
    description: 'A session opens a consistent snapshot (as mysqldump --single-transaction does), a second session adds an index to a table, and the first then reads that table.',
    script: '-- session 1\nSTART TRANSACTION WITH CONSISTENT SNAPSHOT;\n\n-- session 2\nALTER TABLE orders ADD INDEX idx_status (status);\n\n-- session 1\nSELECT * FROM orders;',
  },
  'read-then-alter': {
    description: 'A session in an ordinary REPEATABLE READ transaction reads one table, a second session adds an index to another, and the first then reads that other table.',
    script: '-- session 1\nSTART TRANSACTION;\nSELECT count(*) FROM customers;\n\n-- session 2\nALTER TABLE orders ADD INDEX idx_status (status);\n\n-- session 1\nSELECT * FROM orders;',
  },
  'silent-tcp-listener': {
    description: 'Something accepts the TCP connection but never sends the server greeting (a proxy without a backend, another service on the port), and the client gives up after its connect timeout.',
    script: 'mariadb -h 127.0.0.1 -P 3307 --connect-timeout=1 -e "SELECT 1"',
  },
};
