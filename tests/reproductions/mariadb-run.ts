// Runs MySQL and MariaDB reproductions, claims and fix checks on the MariaDB test server: SQL through mysql2,
// statement by statement on one connection as the mariadb client sends them, and the client-error
// scenarios through the real `mariadb` client, whose output is what a reader sees.
import { spawn } from 'node:child_process';
import { connect, createServer, type Socket } from 'node:net';
import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import mysql from 'mysql2/promise';
import { splitStatements } from '../../src/lib/reproduction/statements';
import { batchRun, fixProblem, type Reported } from '../../src/lib/reproduction/fix-run';
import type { FixCheck } from '../../src/lib/entries/entry-schema';
import type { MySqlObservation } from '../../src/lib/reproduction/mysql-observations';
import { MARIADB, type RunningMariaDb } from './mariadb-server';

interface ServerError {
  errno?: number;
  sqlState?: string;
  sqlMessage?: string;
}

/** The error as the client prints it, or the error itself when the server sent none. */
function observed(error: unknown): MySqlObservation {
  const { errno, sqlState, sqlMessage } = error as ServerError;
  if (errno === undefined || !sqlState || sqlMessage === undefined) throw error;
  return { number: errno, sqlstate: sqlState, message: sqlMessage };
}

export class SetupFailed extends Error {}

export interface LastStatement {
  statement: string;
  error?: MySqlObservation;
  /** The warnings it left (SHOW WARNINGS), when it succeeded: a non-strict INSERT reports 1048 as one. */
  warnings: MySqlWarning[];
  /** The first row's first column as text (NULL as an empty string), when it returned rows. */
  value?: string;
  /** Errors of the statements before it, as the client printed them before going on. */
  earlier: MySqlObservation[];
}

/** Every value as the text the server sent, as the mariadb client prints it. */
const asText = (field: { string(): string | null }) => field.string() ?? '';

/** A session of the mariadb client on a fresh database. */
interface Session {
  /** Sends each statement of `sql` on its own and reports what the last one did. */
  run(sql: string): Promise<LastStatement>;
}

/** A warning as SHOW WARNINGS lists it, which gives no SQLSTATE. */
interface MySqlWarning {
  number: number;
  message: string;
}

/**
 * The warnings a statement that succeeded left, from SHOW WARNINGS; none when the session is gone
 * (it killed itself). A statement that uses no table (SET, USE, SELECT @@x) does not clear the
 * list, so an earlier statement's conditions may still stand in it: its errors are left out, since
 * a statement that succeeded raised none, and a statement that reports its own count (INSERT,
 * UPDATE, ALTER) is asked only when that count is not 0.
 */
async function warningsOf(client: mysql.Connection, result: unknown): Promise<MySqlWarning[]> {
  const counted = (result as Partial<mysql.ResultSetHeader>).warningStatus;
  if (counted === 0) return [];
  try {
    const [rows] = await client.query<mysql.RowDataPacket[]>('SHOW WARNINGS');
    return rows.filter((row) => row.Level !== 'Error').map((row) => ({ number: Number(row.Code), message: String(row.Message) }));
  } catch {
    return [];
  }
}

/** Creates the database, runs `setup` there as one batch (it must succeed), and lends `work` a session on it. */
async function inFreshDatabase<T>(server: RunningMariaDb, database: string, setup: string | undefined, work: (session: Session) => Promise<T>): Promise<T> {
  const admin = await server.connect();
  await admin.query(`CREATE DATABASE \`${database}\``);
  await admin.end();
  const client = await server.connect(database);
  // A statement may end the session (KILL CONNECTION_ID()); the closed socket is then no failure.
  client.on('error', () => {});
  const run = async (sql: string): Promise<LastStatement> => {
    const earlier: MySqlObservation[] = [];
    const statements = splitStatements(sql);
    for (const [index, statement] of statements.entries()) {
      const last = index === statements.length - 1;
      try {
        const [rows] = await client.query({ sql: statement, rowsAsArray: true, typeCast: asText });
        const first = Array.isArray(rows) ? (rows[0] as unknown[] | undefined) : undefined;
        if (last) return { statement, value: Array.isArray(first) ? String(first[0]) : undefined, warnings: await warningsOf(client, rows), earlier };
      } catch (error) {
        if (last) return { statement, error: observed(error), warnings: [], earlier };
        earlier.push(observed(error));
      }
    }
    throw new Error('no statement to run');
  };
  try {
    if (setup) {
      await client.query(setup).catch((error: unknown) => {
        throw new SetupFailed(`setup failed: ${(error as Error).message}`);
      });
    }
    return await work({ run });
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Runs `setup` in a fresh database (it must succeed), then each statement of `sql` on its own on
 * one connection, and reports what the last one did.
 */
export const runStatements = (server: RunningMariaDb, database: string, run: { setup?: string; sql: string }): Promise<LastStatement> =>
  inFreshDatabase(server, database, run.setup, (session) => session.run(run.sql));

const described = ({ number, message }: MySqlWarning) => `${number} ${message}`;
const asReported = (error: MySqlWarning): Reported => ({ code: String(error.number), described: described(error) });

/** Runs a MariaDB fix's check in one session on a fresh database and says what went wrong (see fixProblem), or undefined. */
export const fixDisagreement = (server: RunningMariaDb, database: string, number: number, fix: { code: string; check: FixCheck }): Promise<string | undefined> =>
  inFreshDatabase(server, database, fix.check.setup, (session) => fixProblem(String(number), fix, async (sql) => {
    const last = await session.run(sql);
    return batchRun(last, last.warnings, (warning) => warning.number === number, asReported);
  }));

/** The line the client printed for an error, without the " at line N" it adds when reading a script. */
export function clientError(stderr: string): MySqlObservation | undefined {
  const match = /^ERROR (\d+) \(([0-9A-Z]{5})\)(?: at line \d+)?: (.*)$/m.exec(stderr);
  return match ? { number: Number(match[1]), sqlstate: match[2]!, message: match[3]! } : undefined;
}

/** An error a driver raised, as the mariadb client would print it, for scenarios run through mysql2. */
const asClientPrints = ({ number, sqlstate, message }: MySqlObservation) => `ERROR ${number} (${sqlstate}): ${message}`;

/** Runs the mariadb client with `args`, feeding its input as `feed` does, and gives what it printed on stderr. */
function mariadbClient(args: string[], feed: (stdin: Writable) => void = (stdin) => stdin.end()): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(MARIADB.client!, ['--no-defaults', '--skip-reconnect', '--user=root', ...args]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // 'close', not 'exit': the process can exit before its last stderr chunk is read, and a busy
    // machine then saw an empty stderr, as if the statement had succeeded.
    child.on('close', () => resolve(stderr));
    feed(child.stdin);
  });
}

/**
 * Runs `work` while the account `account` exists, made by `create` as root; it is dropped after,
 * so the next run of the same scenario starts from nothing.
 */
async function withAccount<T>(server: RunningMariaDb, account: string, create: string, work: () => Promise<T>): Promise<T> {
  const admin = await server.connect();
  try {
    await admin.query(`DROP USER IF EXISTS ${account}`);
    await admin.query(create);
    return await work();
  } finally {
    await admin.query(`DROP USER IF EXISTS ${account}`);
    await admin.end();
  }
}

/** Runs the mariadb client with `args` as `user`@localhost, which `create` makes (as root) with the password 'secret'. */
const asAccount = (server: RunningMariaDb, user: string, create: string, args: string[]): Promise<string> =>
  withAccount(server, `${user}@localhost`, create, () => mariadbClient([`--socket=${server.socket}`, `--user=${user}`, '--password=secret', ...args]));

/** The procedure the PHP scenarios call, made by root: one result set of rows, then the status every CALL ends with. */
const LIST_ORDERS =
  'CREATE DATABASE IF NOT EXISTS sales; CREATE TABLE IF NOT EXISTS sales.orders (id int, total decimal(10, 2)); CREATE PROCEDURE IF NOT EXISTS sales.list_orders() SELECT id, total FROM sales.orders';

/**
 * Runs `body` in PHP (Debian's php-cli and php-mysql) with `$socket` set to the server's socket, as root, and
 * prints an error the way the mariadb client does: mysqli's and PDO's exceptions carry the number and
 * SQLSTATE, which is what the scenario reports.
 */
async function phpClient(server: RunningMariaDb, body: string): Promise<string> {
  const admin = await server.connect();
  await admin.query(LIST_ORDERS).finally(() => admin.end());
  const code = `$socket = $argv[1];
try { ${body} }
catch (mysqli_sql_exception $e) { fwrite(STDERR, sprintf("ERROR %d (%s): %s\n", $e->getCode(), $e->getSqlState(), $e->getMessage())); }
catch (PDOException $e) { fwrite(STDERR, sprintf("ERROR %d (%s): %s\n", $e->errorInfo[1], $e->errorInfo[0], $e->errorInfo[2])); }`;
  return new Promise((resolve, reject) => {
    const child = spawn('php', ['-r', code, '--', server.socket]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', (error) => reject(new Error(`no PHP to run the scenario (install Debian's php-cli and php-mysql): ${error.message}`)));
    child.on('close', () => resolve(stderr));
  });
}

/**
 * Sends `reply` to the server in place of a client's login packet, once its greeting has arrived, and prints the
 * error packet the server answers with as the mariadb client prints an error (`ERROR 1043 (08S01): Bad handshake`).
 */
function rawLoginReply(server: RunningMariaDb, reply: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.socket);
    let received = Buffer.alloc(0);
    let greeted = false;
    socket.on('data', (chunk: Buffer) => {
      if (!greeted) {
        greeted = true;
        socket.write(reply);
        return;
      }
      received = Buffer.concat([received, chunk]);
    });
    // The server closes with the rest of a long reply unread, which the kernel reports as a reset; the error
    // packet it sent before that has been received, and 'close' follows.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') reject(error);
    });
    socket.on('close', () => {
      // An error packet: 4-byte header, 0xff, the number (2 bytes, little-endian), '#', the SQLSTATE, the text.
      const body = received.subarray(4);
      if (body[0] !== 0xff) return resolve('');
      resolve(`ERROR ${body.readUInt16LE(1)} (${body.subarray(4, 9).toString('latin1')}): ${body.subarray(9).toString('utf8')}`);
    });
  });
}

/** A TCP port on 127.0.0.1 where nothing listens: the system hands out a free one, which is closed again at once. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const listener = createServer();
    listener.once('error', reject);
    listener.listen(0, '127.0.0.1', () => {
      const { port } = listener.address() as { port: number };
      listener.close(() => resolve(port));
    });
  });
}

/**
 * A reader opens its transaction with `begin`, a second session adds an index to orders, and the
 * reader then reads orders. The reader has not touched orders before, so it holds no metadata lock
 * that would make the ALTER wait, and the table's new definition postdates the reader's snapshot.
 * Each scenario has its own database, as two scenarios may run at once.
 */
async function readAfterAlter(server: RunningMariaDb, database: string, begin: string[]): Promise<string> {
  const admin = await server.connect();
  await admin.query(`CREATE DATABASE IF NOT EXISTS ${database}; USE ${database}; DROP TABLE IF EXISTS orders, customers`);
  await admin.query("CREATE TABLE orders (id int PRIMARY KEY, status varchar(10)) ENGINE=InnoDB; CREATE TABLE customers (id int PRIMARY KEY) ENGINE=InnoDB; INSERT INTO orders VALUES (1, 'open')");
  const reader = await server.connect(database);
  try {
    for (const statement of begin) await reader.query(statement);
    await admin.query('ALTER TABLE orders ADD INDEX idx_status (status)');
    await reader.query('SELECT * FROM orders');
    return '';
  } catch (error) {
    return asClientPrints(observed(error));
  } finally {
    await reader.end();
    await admin.query(`DROP DATABASE ${database}`);
    await admin.end();
  }
}

/** The client-error scenarios of src/lib/reproduction/mysql-scenarios.ts, run as their script says. */
export const scenarioRuns: Record<string, (server: RunningMariaDb) => Promise<string>> = {
  'missing-socket': async () => {
    const socket = '/tmp/no-server-here.sock';
    if (existsSync(socket)) throw new Error(`${socket} exists: the scenario needs a socket path where no server listens`);
    return mariadbClient([`--socket=${socket}`, '-e', 'SELECT 1']);
  },
  'idle-timeout': (server) =>
    mariadbClient([`--socket=${server.socket}`], (stdin) => {
      stdin.write('SET SESSION wait_timeout = 1;\n');
      setTimeout(() => stdin.end('SELECT 1;\n'), 2500);
    }),
  'killed-during-query': async (server) => {
    const running = mariadbClient([`--socket=${server.socket}`, '-e', 'SELECT SLEEP(10)']);
    const admin = await server.connect();
    try {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const [rows] = await admin.query<mysql.RowDataPacket[]>("SELECT id FROM information_schema.processlist WHERE info = 'SELECT SLEEP(10)'");
        if (rows[0]) {
          await admin.query(`KILL CONNECTION ${rows[0].id}`);
          return await running;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the query to kill never started');
    } finally {
      await admin.end();
    }
  },
  'client-without-plugin-auth': (server) =>
    withAccount(server, 'report_app@localhost', 'CREATE USER report_app@localhost IDENTIFIED VIA unix_socket', async () => {
      // The mariadb client always announces plugin authentication; mysql2 can be told not to, as old clients did.
      try {
        const client = await mysql.createConnection({ socketPath: server.socket, user: 'report_app', flags: ['-PLUGIN_AUTH'] });
        await client.end();
        return '';
      } catch (error) {
        return asClientPrints(observed(error));
      }
    }),
  'socket-auth-other-user': (server) =>
    withAccount(server, 'socket_app@localhost', 'CREATE USER socket_app@localhost IDENTIFIED VIA unix_socket', () =>
      mariadbClient([`--socket=${server.socket}`, '--user=socket_app', '-e', 'SELECT 1']),
    ),
  'socket-or-invalid-password': (server) =>
    withAccount(server, 'dba@localhost', "CREATE USER dba@localhost IDENTIFIED VIA mysql_native_password USING 'invalid' OR unix_socket", () =>
      mariadbClient([`--socket=${server.socket}`, '--user=dba', '--password=secret', '-e', 'SELECT 1']),
    ),
  'database-not-granted': (server) =>
    withAccount(server, 'app@localhost', "CREATE USER app@localhost IDENTIFIED BY 'secret'", () =>
      mariadbClient([`--socket=${server.socket}`, '--user=app', '--password=secret', '--database=shop', '-e', 'SELECT 1']),
    ),
  'table-not-granted': (server) =>
    asAccount(
      server,
      'report',
      "CREATE DATABASE IF NOT EXISTS sales; CREATE TABLE IF NOT EXISTS sales.orders (id int, total decimal(10, 2)); CREATE USER report@localhost IDENTIFIED BY 'secret'; GRANT SELECT ON sales.orders TO report@localhost",
      ['--database=sales', '-e', 'DELETE FROM orders'],
    ),
  'column-not-granted': (server) =>
    asAccount(
      server,
      'support',
      "CREATE DATABASE IF NOT EXISTS crm; CREATE TABLE IF NOT EXISTS crm.customers (id int, name varchar(50), email varchar(100)); CREATE USER support@localhost IDENTIFIED BY 'secret'; GRANT SELECT (id, name) ON crm.customers TO support@localhost",
      ['--database=crm', '-e', 'SELECT name, email FROM customers'],
    ),
  'call-then-query-mysqli': (server) =>
    phpClient(server, "$db = new mysqli('localhost', 'root', '', 'sales', 0, $socket); $orders = $db->query('CALL list_orders()'); $orders->free(); $db->query('SELECT 1');"),
  'call-then-query-pdo': (server) =>
    phpClient(
      server,
      "$db = new PDO(\"mysql:unix_socket=$socket;dbname=sales\", 'root', ''); $db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION); $statement = $db->query('CALL list_orders()'); $orders = $statement->fetchAll(); $db->query('SELECT 1');",
    ),
  // A packet of one byte (header: length 1, sequence 1): far shorter than any login packet.
  'truncated-login-packet': (server) => rawLoginReply(server, Buffer.from([1, 0, 0, 1, 0])),
  'http-request-to-server': (server) => rawLoginReply(server, Buffer.from('GET / HTTP/1.1\r\nHost: db\r\n\r\n')),
  'no-default-database': (server) => mariadbClient([`--socket=${server.socket}`, '-e', 'SELECT * FROM orders']),
  'refused-tcp-port': async () => mariadbClient(['--host=127.0.0.1', `--port=${await closedPort()}`, '-e', 'SELECT 1']),
  'unknown-host': () => mariadbClient(['--host=db.invalid', '-e', 'SELECT 1']),
  'port-in-host-name': () => mariadbClient(['--host=db.invalid:3306', '-e', 'SELECT 1']),
  'tls-required-no-tls': (server) => mariadbClient([`--socket=${server.socket}`, '--ssl-verify-server-cert', '-e', 'SELECT 1']),
  'require-ssl-account-without-tls': (server) =>
    withAccount(server, 'secure_app@localhost', "CREATE USER secure_app@localhost IDENTIFIED BY 'secret' REQUIRE SSL", () =>
      mariadbClient([`--socket=${server.socket}`, '--user=secure_app', '--password=secret', '-e', 'SELECT 1']),
    ),
  // FLUSH USER_RESOURCES zeroes the hourly counters, which the server keeps for an account name
  // even after it is dropped and created again.
  'queries-per-hour-limit': (server) =>
    withAccount(server, 'quota_app@localhost', "CREATE USER quota_app@localhost IDENTIFIED BY 'secret' WITH MAX_QUERIES_PER_HOUR 2; FLUSH USER_RESOURCES", () =>
      mariadbClient([`--socket=${server.socket}`, '--user=quota_app', '--password=secret', '-e', 'SELECT 1; SELECT 2; SELECT 3']),
    ),
  'connections-per-hour-limit': (server) =>
    withAccount(server, 'hourly_app@localhost', "CREATE USER hourly_app@localhost IDENTIFIED BY 'secret' WITH MAX_CONNECTIONS_PER_HOUR 1; FLUSH USER_RESOURCES", async () => {
      const login = () => mariadbClient([`--socket=${server.socket}`, '--user=hourly_app', '--password=secret', '-e', 'SELECT 1']);
      await login();
      return login();
    }),
  'account-connection-limit': (server) =>
    withAccount(server, 'single_app@localhost', "CREATE USER single_app@localhost IDENTIFIED BY 'secret' WITH MAX_USER_CONNECTIONS 1", async () => {
      const first = await mysql.createConnection({ socketPath: server.socket, user: 'single_app', password: 'secret' });
      try {
        return await mariadbClient([`--socket=${server.socket}`, '--user=single_app', '--password=secret', '-e', 'SELECT 1']);
      } finally {
        await first.end();
      }
    }),
  'definer-without-set-user': (server) =>
    withAccount(
      server,
      'loader@localhost',
      "CREATE DATABASE IF NOT EXISTS shop_import; CREATE TABLE IF NOT EXISTS shop_import.orders (id int); CREATE USER loader@localhost IDENTIFIED BY 'secret'; GRANT ALL ON shop_import.* TO loader@localhost",
      () =>
        mariadbClient([`--socket=${server.socket}`, '--user=loader', '--password=secret', '--database=shop_import', '-e', "CREATE DEFINER='admin'@'localhost' VIEW open_orders AS SELECT * FROM orders"]),
    ),
  'set-global-without-privilege': (server) =>
    withAccount(server, 'app_ops@localhost', "CREATE USER app_ops@localhost IDENTIFIED BY 'secret'", () =>
      mariadbClient([`--socket=${server.socket}`, '--user=app_ops', '--password=secret', '-e', 'SET GLOBAL max_connections = 200']),
    ),
  // --connect-expired-password asks for the sandbox whatever disconnect_on_expired_password says,
  // so the other scenario's brief switch of that setting cannot change this one's outcome.
  'expired-password-sandbox': (server) =>
    withAccount(server, 'renew_app@localhost', "CREATE USER renew_app@localhost IDENTIFIED BY 'secret' PASSWORD EXPIRE", () =>
      mariadbClient([`--socket=${server.socket}`, '--user=renew_app', '--password=secret', '--connect-expired-password', '-e', 'SELECT 1']),
    ),
  // The setting is global, but it changes only how expired accounts log in, and the one other
  // scenario with an expired account does not depend on it; the default is put back at once.
  'expired-password-disconnect': (server) =>
    withAccount(server, 'expired_app@localhost', "CREATE USER expired_app@localhost IDENTIFIED BY 'secret' PASSWORD EXPIRE", async () => {
      const admin = await server.connect();
      try {
        await admin.query('SET GLOBAL disconnect_on_expired_password = ON');
        return await mariadbClient([`--socket=${server.socket}`, '--user=expired_app', '--password=secret', '-e', 'SELECT 1']);
      } finally {
        await admin.query('SET GLOBAL disconnect_on_expired_password = DEFAULT');
        await admin.end();
      }
    }),
  // The mariadb client reports the refusal as 2006 (the server closes the connection after it);
  // mysql2, like most drivers, reads the server's error first and shows 1153.
  'packet-too-large': async (server) => {
    const client = await mysql.createConnection({ socketPath: server.socket, user: 'root' });
    client.on('error', () => {});
    try {
      const [[row]] = await client.query<mysql.RowDataPacket[]>('SELECT @@max_allowed_packet AS limit_bytes');
      await client.query(`SELECT LENGTH('${'a'.repeat(Number(row!.limit_bytes) + 1024)}')`);
      return '';
    } catch (error) {
      return asClientPrints(observed(error));
    } finally {
      client.destroy();
    }
  },
  'snapshot-then-alter': (server) => readAfterAlter(server, 'scenario_snapshot', ['START TRANSACTION WITH CONSISTENT SNAPSHOT']),
  'read-then-alter': (server) => readAfterAlter(server, 'scenario_read_alter', ['START TRANSACTION', 'SELECT count(*) FROM customers']),
  'silent-tcp-listener': () =>
    new Promise((resolve, reject) => {
      const held: Socket[] = [];
      const listener = createServer((socket) => held.push(socket));
      listener.once('error', reject);
      listener.listen(0, '127.0.0.1', async () => {
        const { port } = listener.address() as { port: number };
        const printed = await mariadbClient(['--host=127.0.0.1', `--port=${port}`, '--connect-timeout=1', '-e', 'SELECT 1']);
        for (const socket of held) socket.destroy();
        listener.close(() => resolve(printed));
      });
    }),
};
