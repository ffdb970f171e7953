// Minimal programs, one per client library, that embed the handlers the MySQL and MariaDB pages
// show (mysqlCatchTabs(), not copies) and run them in the library's own runtime. Each program
// holds one function per case, reads where to connect from DB_* variables, and speaks a small
// protocol on stdout: `READY <connection id>` once a connection a test will kill is up (then, with
// WAIT set, it waits for a line on stdin), `CAUGHT <json>` where the page's handler handles the
// error, and `DONE` when the handler let the program go on. A handler that does not match rethrows,
// and the program fails.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import driverData from '../../src/data/mysql/driver-names.json' with { type: 'json' };
import type { Arrival } from '../../src/lib/catching/mysql-arrival';

const run = promisify(execFile);

/** What a program prints for the error its handler caught: the library's own fields. */
export interface Caught {
  class: string;
  /** The number attribute the page's handler tests (errno, args[0], getErrorCode(), errorInfo[1] ...). */
  number: number | null;
  sqlstate: string | null;
  /** mysql2's err.code, PDO's getCode(), Go's cause: what else the library hands over. */
  code?: string | number | null;
  message: string;
}

export interface ProgramCase {
  name: string;
  arrival: Arrival;
  /** The page's handler for the library. */
  snippet: string;
}

export interface Program {
  /** The command line that runs one case. */
  command(caseName: string): { file: string; args: string[] };
}

/** A snippet's handle comment, which the program replaces with its report of the caught error. */
const HANDLE_LINE = /^([ \t]*)(?:\/\/|#) handle \d+.*$/m;

function embed(snippet: string, report: string, indent: string): string {
  if (!HANDLE_LINE.test(snippet)) throw new Error(`no "handle" comment in the snippet:\n${snippet}`);
  return snippet
    .replace(HANDLE_LINE, (_, lead: string) => `${lead}${report}`)
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');
}

const connects = (arrival: Arrival) => arrival === 'login' || arrival === 'unreachable';
const safeName = (name: string) => name.replace(/\W/g, '_');

/** Why a runtime cannot run here, or undefined. */
export type Missing = () => Promise<string | undefined>;

async function fails(file: string, args: string[]): Promise<boolean> {
  try {
    await run(file, args, { timeout: 60_000 });
    return false;
  } catch {
    return true;
  }
}

// Debian's interpreter: the python3 first on PATH may be one without Debian's modules.
export const PYTHON = '/usr/bin/python3';
const JARS = ['/usr/share/java/mariadb-java-client.jar', '/usr/share/java/jna.jar'];
const GOPATH = '/usr/share/gocode';

export const MISSING: Record<string, Missing> = {
  mysql2: async () => undefined,
  pymysql: async () => ((await fails(PYTHON, ['-c', 'import pymysql'])) ? `no PyMySQL for ${PYTHON}: install Debian's python3-pymysql` : undefined),
  mysqlclient: async () => ((await fails(PYTHON, ['-c', 'import MySQLdb'])) ? `no mysqlclient for ${PYTHON}: install Debian's python3-mysqldb` : undefined),
  'connector-j': async () =>
    (await fails('javac', ['-version'])) || JARS.some((jar) => !existsSync(jar))
      ? `no JDK or MariaDB Connector/J (${JARS.join(', ')}): install Debian's default-jdk-headless, libmariadb-java and libjna-java`
      : undefined,
  'go-mysql': async () =>
    (await fails('go', ['version'])) || !existsSync(join(GOPATH, 'src/github.com/go-sql-driver/mysql'))
      ? "no Go or go-sql-driver/mysql: install Debian's golang-go and golang-github-go-sql-driver-mysql-dev"
      : undefined,
  pdo: async () => ((await fails('php', ['-r', 'exit(extension_loaded("pdo_mysql") ? 0 : 1);'])) ? "no PHP with pdo_mysql: install Debian's php-cli and php-mysql" : undefined),
  mysqli: async () => ((await fails('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);'])) ? "no PHP with mysqli: install Debian's php-cli and php-mysql" : undefined),
};

function mysql2(cases: ProgramCase[]): string {
  const mysql2Path = join(import.meta.dirname, '../../node_modules/mysql2/promise.js');
  const report = "console.log('CAUGHT ' + JSON.stringify({ class: err.constructor.name, number: err.errno ?? null, sqlstate: err.sqlState ?? null, code: err.code ?? null, message: err.message }));";
  const bodies = cases.map(({ name, arrival, snippet }) => {
    const setup = connects(arrival)
      ? ''
      : `  const connection = await mysql.createConnection(options);\n  const sql = env.DB_SQL;\n  const values = [];\n${arrival === 'lost' ? '  await ready(connection);\n' : ''}`;
    return `  async ${JSON.stringify(name)}() {\n${setup}${embed(snippet, report, '  ')}\n  },`;
  });
  return `import mysql from ${JSON.stringify(mysql2Path)};
import { createInterface } from 'node:readline';
const env = process.env;
const options = { user: env.DB_USER, password: env.DB_PASSWORD, database: env.DB_NAME, connectTimeout: 5000, ...(env.DB_SOCKET ? { socketPath: env.DB_SOCKET } : { host: env.DB_HOST, port: Number(env.DB_PORT) }) };
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
async function ready(connection) {
  const [[row]] = await connection.query('SELECT CONNECTION_ID() AS id');
  console.log('READY ' + row.id);
  if (env.WAIT) await lines.next();
}
const cases = {
${bodies.join('\n')}
};
await cases[process.argv[2]]();
console.log('DONE');
process.exit(0);
`;
}

function python(library: 'pymysql' | 'mysqlclient', cases: ProgramCase[]): string {
  const module = library === 'pymysql' ? 'pymysql' : 'MySQLdb';
  const report = "print('CAUGHT', report(e), flush=True)";
  const bodies = cases.map(({ name, arrival, snippet }) => {
    const setup = connects(arrival)
      ? '    options = target()\n'
      : `    connection = connect()\n    cursor = connection.cursor()\n    sql = os.environ['DB_SQL']\n    params = ()\n${arrival === 'lost' ? '    ready(connection)\n' : ''}`;
    return `def case_${safeName(name)}():\n${setup}${embed(snippet, report, '    ')}\n`;
  });
  return `import json, os, sys
import ${module}

def target():
    env = os.environ
    options = dict(user=env['DB_USER'], password=env['DB_PASSWORD'], database=env['DB_NAME'], connect_timeout=5)
    if env.get('DB_SOCKET'):
        options['unix_socket'] = env['DB_SOCKET']
    else:
        options.update(host=env['DB_HOST'], port=int(env['DB_PORT']))
    return options

# At module level: the snippet's own import makes the module's name local to the case function.
def connect():
    return ${module}.connect(**target())

def report(e):
    cls = type(e)
    return json.dumps({'class': cls.__module__ + '.' + cls.__qualname__, 'number': e.args[0] if e.args else None,
                       'sqlstate': getattr(e, 'sqlstate', None), 'message': str(e.args[1]) if len(e.args) > 1 else str(e)})

def ready(connection):
    cursor = connection.cursor()
    cursor.execute('SELECT CONNECTION_ID()')
    print('READY', cursor.fetchone()[0], flush=True)
    if os.environ.get('WAIT'):
        sys.stdin.readline()

${bodies.join('\n')}
globals()['case_' + sys.argv[1].replace('-', '_')]()
print('DONE', flush=True)
`;
}

/** The Connector/J constants the snippets name (MysqlErrorNumbers.ER_DUP_ENTRY), with their numbers from its source. */
function connectorJConstants(snippets: string[]): string {
  const byName = new Map<string, string>();
  for (const [number, libraries] of Object.entries(driverData.names as Record<string, Record<string, string>>)) {
    const name = libraries['connector-j'];
    if (name) byName.set(name.replace('MysqlErrorNumbers.', ''), number);
  }
  const used = [...new Set(snippets.flatMap((snippet) => [...snippet.matchAll(/MysqlErrorNumbers\.(\w+)/g)].map((m) => m[1]!)))];
  return used.map((name) => `    static final int ${name} = ${byName.get(name)};`).join('\n');
}

function java(cases: ProgramCase[]): string {
  const report = 'System.out.println("CAUGHT " + report(e));';
  const bodies = cases.map(({ name, arrival, snippet }) => {
    const setup = connects(arrival)
      ? ''
      : `        Connection connection = DriverManager.getConnection(url, user, password);\n        PreparedStatement statement = connection.prepareStatement(System.getenv("DB_SQL"));\n${arrival === 'lost' ? '        ready(connection);\n' : ''}`;
    return `    static void case_${safeName(name)}() throws Exception {\n${setup}${embed(snippet, report, '        ')}\n    }`;
  });
  return `import java.io.*;
import java.sql.*;

// The constants of MySQL Connector/J's com.mysql.cj.exceptions.MysqlErrorNumbers the handlers use,
// same names and values: MariaDB Connector/J, which runs them here, has no such class.
final class MysqlErrorNumbers {
${connectorJConstants(cases.map((c) => c.snippet))}
}

public class Main {
    static String socket = System.getenv("DB_SOCKET");
    static String url = socket != null && !socket.isEmpty()
        ? "jdbc:mariadb://localhost/" + System.getenv("DB_NAME") + "?localSocket=" + socket
        : "jdbc:mariadb://" + System.getenv("DB_HOST") + ":" + System.getenv("DB_PORT") + "/" + System.getenv("DB_NAME") + "?connectTimeout=5000";
    static String user = System.getenv("DB_USER");
    static String password = System.getenv("DB_PASSWORD");

    static String json(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\\\') b.append('\\\\').append(c);
            else if (c < 0x20) b.append(String.format("\\\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    static String report(SQLException e) {
        return "{\\"class\\":" + json(e.getClass().getName()) + ",\\"number\\":" + e.getErrorCode() + ",\\"sqlstate\\":" + json(e.getSQLState()) + ",\\"message\\":" + json(e.getMessage()) + "}";
    }

    static void ready(Connection connection) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT CONNECTION_ID()")) {
            rows.next();
            System.out.println("READY " + rows.getLong(1));
        }
        if (System.getenv("WAIT") != null) new BufferedReader(new InputStreamReader(System.in)).readLine();
    }

${bodies.join('\n\n')}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
${cases.map(({ name }) => `            case ${JSON.stringify(name)}: case_${safeName(name)}(); break;`).join('\n')}
            default: throw new IllegalArgumentException(args[0]);
        }
        System.out.println("DONE");
        System.exit(0);
    }
}
`;
}

function go(cases: ProgramCase[]): string {
  const report = 'fmt.Println("CAUGHT " + report(err))';
  const bodies = cases.map(({ name, arrival, snippet }) => {
    const setup = connects(arrival) ? '' : `\tquery := os.Getenv("DB_SQL")\n\targs := []any{}\n${arrival === 'lost' ? '\tready(ctx, db)\n' : ''}`;
    return `func case_${safeName(name)}(ctx context.Context, db *sql.DB) {\n${setup}${embed(snippet, report, '\t')}\n}`;
  });
  return `package main

import (
	"bufio"
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"time"

	"github.com/go-sql-driver/mysql"
)

// Only the handlers for a lost connection name driver.ErrBadConn.
var _ = driver.ErrBadConn

func report(err error) string {
	fields := map[string]any{"class": fmt.Sprintf("%T", err), "message": err.Error(), "number": nil, "sqlstate": nil}
	var mysqlErr *mysql.MySQLError
	if errors.As(err, &mysqlErr) {
		fields["number"] = mysqlErr.Number
	}
	var netErr *net.OpError
	if errors.As(err, &netErr) {
		fields["code"] = fmt.Sprintf("%T", netErr.Err)
	}
	out, _ := json.Marshal(fields)
	return string(out)
}

func ready(ctx context.Context, db *sql.DB) {
	var id int64
	if err := db.QueryRowContext(ctx, "SELECT CONNECTION_ID()").Scan(&id); err != nil {
		panic(err)
	}
	fmt.Println("READY", id)
	if os.Getenv("WAIT") != "" {
		bufio.NewReader(os.Stdin).ReadString('\\n')
	}
}

${bodies.join('\n\n')}

func main() {
	cfg := mysql.NewConfig()
	cfg.User, cfg.Passwd, cfg.DBName, cfg.Timeout = os.Getenv("DB_USER"), os.Getenv("DB_PASSWORD"), os.Getenv("DB_NAME"), 5*time.Second
	if socket := os.Getenv("DB_SOCKET"); socket != "" {
		cfg.Net, cfg.Addr = "unix", socket
	} else {
		cfg.Net, cfg.Addr = "tcp", net.JoinHostPort(os.Getenv("DB_HOST"), os.Getenv("DB_PORT"))
	}
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		panic(err)
	}
	// One connection, so the statement after READY runs on the connection the test kills.
	db.SetMaxOpenConns(1)
	cases := map[string]func(context.Context, *sql.DB){
${cases.map(({ name }) => `\t\t${JSON.stringify(name)}: case_${safeName(name)},`).join('\n')}
	}
	cases[os.Args[1]](context.Background(), db)
	fmt.Println("DONE")
}
`;
}

function php(library: 'pdo' | 'mysqli', cases: ProgramCase[]): string {
  const report = "echo 'CAUGHT ', report($e), \"\\n\";";
  const bodies = cases.map(({ name, arrival, snippet }) => {
    const connect =
      library === 'pdo'
        ? "    $dsn = pdo_dsn();\n    $user = getenv('DB_USER');\n    $password = getenv('DB_PASSWORD');\n"
        : "    $host = mysqli_host();\n    $user = getenv('DB_USER');\n    $password = getenv('DB_PASSWORD');\n    $database = getenv('DB_NAME');\n";
    const open =
      library === 'pdo'
        ? `    $pdo = new PDO(pdo_dsn(), getenv('DB_USER'), getenv('DB_PASSWORD'));\n    $statement = $pdo->prepare(getenv('DB_SQL'));\n    $params = [];\n${arrival === 'lost' ? "    ready($pdo->query('SELECT CONNECTION_ID()')->fetchColumn());\n" : ''}`
        : `    $mysqli = new mysqli(mysqli_host(), getenv('DB_USER'), getenv('DB_PASSWORD'), getenv('DB_NAME'));\n    $sql = getenv('DB_SQL');\n    $params = [];\n${arrival === 'lost' ? '    ready($mysqli->thread_id);\n' : ''}`;
    return `function case_${safeName(name)}() {\n${connects(arrival) ? connect : open}${embed(snippet, report, '    ')}\n}`;
  });
  return `<?php
function pdo_dsn() {
    $where = getenv('DB_SOCKET') ? 'unix_socket=' . getenv('DB_SOCKET') : 'host=' . getenv('DB_HOST') . ';port=' . getenv('DB_PORT');
    return "mysql:$where;dbname=" . getenv('DB_NAME');
}

// mysqli takes the socket and port from its ini defaults when the snippet's constructor names neither.
function mysqli_host() {
    if (getenv('DB_SOCKET')) {
        ini_set('mysqli.default_socket', getenv('DB_SOCKET'));
        return 'localhost';
    }
    ini_set('mysqli.default_port', getenv('DB_PORT'));
    return getenv('DB_HOST');
}

function report($e) {
    $pdo = $e instanceof PDOException;
    return json_encode([
        'class' => get_class($e),
        'number' => $pdo ? ($e->errorInfo[1] ?? null) : $e->getCode(),
        'sqlstate' => $pdo ? ($e->errorInfo[0] ?? null) : $e->getSqlState(),
        'code' => $e->getCode(),
        'message' => $e->getMessage(),
    ]);
}

function ready($id) {
    echo "READY $id\\n";
    if (getenv('WAIT')) fgets(STDIN);
}

${bodies.join('\n\n')}

call_user_func('case_' . str_replace('-', '_', $argv[1]));
echo "DONE\\n";
`;
}

/** Writes (and, for Java and Go, compiles) the library's program with every case in it. */
export async function buildProgram(library: string, dir: string, cases: ProgramCase[]): Promise<Program> {
  switch (library) {
    case 'mysql2': {
      const file = join(dir, 'mysql2.mjs');
      await writeFile(file, mysql2(cases));
      return { command: (name) => ({ file: process.execPath, args: [file, name] }) };
    }
    case 'pymysql':
    case 'mysqlclient': {
      const file = join(dir, `${library}_handlers.py`); // not pymysql.py, which would shadow the module
      await writeFile(file, python(library, cases));
      return { command: (name) => ({ file: PYTHON, args: [file, name] }) };
    }
    case 'connector-j': {
      const source = join(dir, 'java');
      await run('mkdir', ['-p', source]);
      await writeFile(join(source, 'Main.java'), java(cases));
      await run('javac', ['-d', source, join(source, 'Main.java')], { timeout: 120_000 });
      // A short-lived JVM: skip the optimising compiler and the parallel collector, which only slow its start.
      const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xshare:auto'];
      return { command: (name) => ({ file: 'java', args: [...jvm, '-cp', [source, ...JARS].join(':'), 'Main', name] }) };
    }
    case 'go-mysql': {
      const source = join(dir, 'go');
      await run('mkdir', ['-p', source]);
      await writeFile(join(source, 'main.go'), go(cases));
      // Debian's package is a GOPATH tree: build in GOPATH mode, offline.
      const env = { ...process.env, GO111MODULE: 'off', GOPATH, GOFLAGS: '', GOPROXY: 'off' };
      await run('go', ['build', '-o', join(source, 'main'), join(source, 'main.go')], { env, timeout: 170_000 });
      return { command: (name) => ({ file: join(source, 'main'), args: [name] }) };
    }
    case 'pdo':
    case 'mysqli': {
      const file = join(dir, `${library}.php`);
      await writeFile(file, php(library, cases));
      return { command: (name) => ({ file: 'php', args: [file, name] }) };
    }
    default:
      throw new Error(`no program for the library ${library}`);
  }
}
