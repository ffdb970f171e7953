// How application code recognises a MySQL or MariaDB error number, for the "Catch it in code"
// section of their pages: one handler per client library, with the names each library's own
// source gives the number (src/data/mysql/driver-names.json, read from the libraries' sources),
// wrapped around the call the error arrives at (mysql-arrival.ts). The same libraries talk to both
// servers, so one table serves MySQL and MariaDB. tests/drivers/mysql-family-drivers.test.ts runs
// each handler against a real MariaDB in every library whose data says how it `ran`.
import driverData from '../../data/mysql/driver-names.json' with { type: 'json' };
import type { MySqlError } from '../databases/mysql-family/facts';
import { arrivalsOf, type Arrival } from './mysql-arrival';
import { withAside } from '../rendering/words';

export interface DriverLibrary {
  id: string;
  name: string;
  language: string;
  repository: string;
  commit: string;
  /** The build the tests run each handler in, when one runs here. */
  ran?: string;
  /** The library that runs the handler in the tests in this one's place, speaking the same API. */
  ranInstead?: string;
}

export const driverLibraries: readonly DriverLibrary[] = driverData.libraries;

/** A library's tab label: "Node.js (mysql2)". */
const driverLabel = (library: DriverLibrary) => withAside(library.language, library.name);

/** The stacks a MySQL or MariaDB reader picks among in the tabs: the catch tabs, whose ids the fix tabs share. */
export const DRIVER_STACKS: readonly { id: string; label: string }[] = driverLibraries.map((library) => ({ id: library.id, label: driverLabel(library) }));

const names = driverData.names as Record<string, Record<string, string | undefined> | undefined>;
const exceptionClasses = driverData.exceptionClasses as Record<string, Record<string, string | null | undefined> | undefined>;
const exceptionNotes = driverData.exceptionNotes as Record<string, Record<string, string | undefined> | undefined>;

export interface DriverTab {
  /** The library's id in driver-names.json, also the panel's id. */
  id: string;
  /** "Node.js (mysql2)". */
  label: string;
  code: string;
  /** What the library does differently for this number, from its source and the tests' runs. */
  note?: string;
}

/** The library's constant for the number, as its users write it, if it has one. */
export const driverName = (library: string, number: number) => names[number]?.[library];

/** Libraries that report the C client's numbers (2000 and up), from libmysqlclient, Connector/C or their own copy. */
const REPORTS_CLIENT_NUMBERS = new Set(['pymysql', 'mysqlclient', 'pdo', 'mysqli']);

/**
 * Numbers a library reports where the page's number would be, with why; the tests see each.
 * PyMySQL raises CR_CONN_HOST_ERROR for every OSError on connect (pymysql/connections.py); mysqlnd
 * reports every connection it cannot open as CR_CONNECTION_ERROR; MariaDB's Connector/C reports a
 * refused TCP connection as 2002 where libmysqlclient says 2003.
 */
const REPORTED_AS: Record<string, Record<number, { numbers: number[]; note?: string }>> = {
  pymysql: {
    2002: { numbers: [2003] }, // exceptionNotes says why
    2005: { numbers: [2003], note: 'PyMySQL reports every connection it cannot open as 2003, an unknown host too.' },
  },
  mysqlclient: {
    2003: { numbers: [2003, 2002], note: 'Built on MariaDB Connector/C (as Debian builds it), mysqlclient reports a refused TCP connection as 2002.' },
  },
  ...Object.fromEntries(
    ['pdo', 'mysqli'].map((library) => [
      library,
      {
        ...Object.fromEntries([2003, 2005].map((number) => [number, { numbers: [2002], note: "PHP's mysqlnd reports every connection it cannot open as 2002, with the system's reason as the message." }])),
        2013: { numbers: [2013, 2006], note: "PHP's mysqlnd reports a connection lost under a query as 2006, as it does a failed write (mysqlnd_read_packet_header_and_body())." },
      },
    ]),
  ),
};

/**
 * The connect failures that libraries without client numbers get a handler for, with the Node
 * socket error codes mysql2 passes through for each (the others, TLS and auth plugins, differ too
 * much between libraries for one test).
 */
const SOCKET_CODES: Record<number, string[]> = { 2002: ['ENOENT', 'ECONNREFUSED'], 2003: ['ECONNREFUSED', 'ETIMEDOUT'], 2005: ['ENOTFOUND'] };

/** What a handler tests: the numbers the library reports for the error, or, without one, its own sign of the arrival. */
type Test = { numbers: number[] } | { arrival: 'lost' | 'unreachable' };

function testFor(library: string, error: MySqlError, arrival: Arrival): Test | undefined {
  const instead = REPORTED_AS[library]?.[error.number];
  if (instead) return { numbers: instead.numbers };
  if (error.raisedBy === 'server') return { numbers: [error.number] };
  if (REPORTS_CLIENT_NUMBERS.has(library)) return exceptionClasses[error.number]?.[library] === null ? undefined : { numbers: [error.number] };
  // MySqlConnector gives a lost connection no code to test (its note says what it throws).
  if (arrival === 'lost') return library === 'mysqlconnector' ? undefined : { arrival };
  if (arrival === 'unreachable' && error.number in SOCKET_CODES) return { arrival };
  return undefined;
}

/** The call each library's handler wraps, by arrival (a lost connection shows at the next statement). */
const CALLS: Record<string, Record<'statement' | 'connect', string>> = {
  mysql2: { statement: 'await connection.execute(sql, values);', connect: 'connection = await mysql.createConnection(options);' },
  pymysql: { statement: 'cursor.execute(sql, params)', connect: 'connection = pymysql.connect(**options)' },
  mysqlclient: { statement: 'cursor.execute(sql, params)', connect: 'connection = MySQLdb.connect(**options)' },
  'connector-j': { statement: 'statement.execute();', connect: 'Connection connection = DriverManager.getConnection(url, user, password)' },
  'go-mysql': { statement: '_, err := db.ExecContext(ctx, query, args...)', connect: 'err := db.PingContext(ctx) // sql.Open only parses the DSN' },
  mysqlconnector: { statement: 'await command.ExecuteNonQueryAsync();', connect: 'await connection.OpenAsync();' },
  pdo: { statement: '$statement->execute($params);', connect: '$pdo = new PDO($dsn, $user, $password);' },
  mysqli: { statement: '$mysqli->execute_query($sql, $params);', connect: '$mysqli = new mysqli($host, $user, $password, $database);' },
};

const callOf = (library: string, arrival: Arrival) => CALLS[library]![arrival === 'login' || arrival === 'unreachable' ? 'connect' : 'statement'];

/** The library's name for a number, else the number: ER.DUP_ENTRY, 1062. */
const constant = (library: string, number: number) => driverName(library, number) ?? String(number);

function python(library: 'pymysql' | 'mysqlclient', error: MySqlError, arrival: Arrival, numbers: number[]): string {
  const module = library === 'pymysql' ? 'pymysql' : 'MySQLdb';
  const constants = numbers.map((number) => constant(library, number));
  const modules = [...new Set(constants.filter((name) => name.includes('.')).map((name) => name.split('.')[0]))];
  const imports = [`import ${module}`, ...(modules.length ? [`from ${module}.constants import ${modules.join(', ')}`] : [])].join('\n');
  const fallback = library === 'pymysql' ? 'pymysql.err.MySQLError' : 'MySQLdb.MySQLError';
  const classes = [...new Set(numbers.map((number) => exceptionClasses[number]?.[library] ?? fallback))];
  const caught = classes.length === 1 ? classes[0] : fallback;
  const test = constants.length === 1 ? `e.args[0] != ${constants[0]}` : `e.args[0] not in (${constants.join(', ')})`;
  return `${imports}\n\ntry:\n    ${callOf(library, arrival)}\nexcept ${caught} as e:\n    if ${test}:\n        raise\n    # handle ${error.number}`;
}

/** PHP's test that the number is not the page's: !== 1062, or not one of the numbers the library reports for it. */
const phpTest = (value: string, numbers: number[]) => (numbers.length === 1 ? `${value} !== ${numbers[0]}` : `!in_array(${value}, [${numbers.join(', ')}], true)`);

function snippet(library: string, error: MySqlError, arrival: Arrival, test: Test): string {
  const { number, sqlstate } = error;
  const numbers = 'numbers' in test ? test.numbers : [];
  const [first] = numbers;
  const connect = arrival === 'login' || arrival === 'unreachable';
  switch (library) {
    case 'mysql2': {
      const name = first && driverName(library, first);
      const condition =
        'arrival' in test
          ? test.arrival === 'lost'
            ? '!err.fatal'
            : `![${SOCKET_CODES[number]!.map((code) => `'${code}'`).join(', ')}].includes(err.code)`
          : name
            ? `err.code !== '${name}'`
            : `err.errno !== ${first}`;
      const comment =
        'arrival' in test
          ? test.arrival === 'lost'
            ? `// handle ${number}: the connection is gone ('PROTOCOL_CONNECTION_LOST', or no code once closed)`
            : `// handle ${number}: err.code is Node's socket error`
          : `// handle ${number}; err.errno ${first}, err.sqlState '${sqlstate}'`;
      return `${connect ? 'let connection;\n' : ''}try {\n  ${callOf(library, arrival)}\n} catch (err) {\n  if (${condition}) throw err;\n  ${comment}\n}`;
    }
    case 'pymysql':
    case 'mysqlclient':
      return python(library, error, arrival, numbers);
    case 'connector-j': {
      const call = callOf(library, arrival);
      const opening = connect ? `try (${call}) {\n    // work with the connection\n}` : `try {\n    ${call}\n}`;
      if ('arrival' in test)
        return `${opening} catch (SQLException e) {\n    // SQLSTATE class 08: a connection exception\n    if (e.getSQLState() == null || !e.getSQLState().startsWith("08")) throw e;\n    // handle ${number}\n}`;
      const caught = exceptionClasses[number]?.[library]?.split('.').pop() ?? 'SQLException';
      return `${opening} catch (${caught} e) {\n    if (e.getErrorCode() != ${constant(library, first!)}) throw e;\n    // handle ${number}; e.getSQLState() is "${sqlstate}"\n}`;
    }
    case 'go-mysql': {
      const call = callOf(library, arrival);
      if ('arrival' in test)
        return test.arrival === 'lost'
          ? `${call}\nif errors.Is(err, mysql.ErrInvalidConn) || errors.Is(err, driver.ErrBadConn) {\n\t// handle ${number}: the connection broke under the statement\n}`
          : `${call}\nvar netErr *net.OpError\nif errors.As(err, &netErr) {\n\t// handle ${number}: the dial failed; netErr.Err says why\n}`;
      return `${call}\nvar mysqlErr *mysql.MySQLError\nif errors.As(err, &mysqlErr) && mysqlErr.Number == ${first} {\n\t// handle ${number}; string(mysqlErr.SQLState[:]) is "${sqlstate}"\n}`;
    }
    case 'mysqlconnector': {
      const code = 'arrival' in test ? 'MySqlErrorCode.UnableToConnectToHost' : constant(library, first!).replace(/^\d+$/, `(MySqlErrorCode) ${first}`);
      return `try\n{\n    ${callOf(library, arrival)}\n}\ncatch (MySqlException ex) when (ex.ErrorCode == ${code})\n{\n    // handle ${number}${'arrival' in test ? '' : `; ex.SqlState is "${sqlstate}"`}\n}`;
    }
    case 'pdo':
      return `try {\n    ${callOf(library, arrival)}\n} catch (PDOException $e) {\n    if (${phpTest('$e->errorInfo[1]', numbers)}) throw $e;\n    // handle ${number}${connect ? '' : `; $e->getCode() is the SQLSTATE '${sqlstate}'`}\n}`;
    case 'mysqli':
      return `try {\n    ${callOf(library, arrival)}\n} catch (mysqli_sql_exception $e) {\n    if (${phpTest('$e->getCode()', numbers)}) throw $e;\n    // handle ${number}${connect ? '' : `; $e->getSqlState() is '${sqlstate}'`}\n}`;
    default:
      throw new Error(`no snippet for the library ${library}`);
  }
}

/** Notes a library needs for the arrival, from its source and the tests' runs. */
function arrivalNote(library: string, error: MySqlError, arrival: Arrival): string | undefined {
  if (arrival === 'lost' && library === 'go-mysql')
    return 'database/sql retries driver.ErrBadConn on a fresh connection, so a connection that died idle in the pool never reaches this code (the tests see the statement succeed).';
  if (arrival === 'lost' && library === 'mysqlconnector')
    return "MySqlConnector has no number for a lost connection: it throws MySqlException 'Failed to read the result set.' with the socket error as InnerException (MySqlDataReader.cs).";
  if (arrival === 'login' && error.sqlstate !== 'HY000' && (library === 'pdo' || library === 'mysqli'))
    return `PHP's mysqlnd reports every failed connect with SQLSTATE HY000${library === 'pdo' ? ' (SQLSTATE[HY000] in the message)' : ''}, not the ${error.sqlstate} the server sends.`;
  return undefined;
}

/** Whether a connection library has no handler for the arrival and says so in a note instead. */
const NO_HANDLER: Record<string, string> = {
  mysql2: "mysql2 has no client error numbers: a closed socket is err.code 'PROTOCOL_CONNECTION_LOST' (lib/base/connection.js), and Node's socket errors ('ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT') pass through unchanged.",
  'go-mysql':
    "The Go driver has no client error numbers: a broken connection is mysql.ErrInvalidConn or database/sql's driver.ErrBadConn (which database/sql retries on a fresh connection), or the underlying net error.",
};

/** One tab per library: the handler around the call the error arrives at, or what the library reports instead. */
export function mysqlCatchTabs(error: MySqlError): DriverTab[] {
  const [arrival] = arrivalsOf(error) as [Arrival];
  return driverLibraries.map((library) => {
    const label = driverLabel(library);
    const test = testFor(library.id, error, arrival);
    const notes = [exceptionNotes[error.number]?.[library.id], REPORTED_AS[library.id]?.[error.number]?.note, arrivalNote(library.id, error, arrival)].filter(Boolean);
    if (test) return { id: library.id, label, code: snippet(library.id, error, arrival, test), ...(notes.length ? { note: notes.join(' ') } : {}) };
    return { id: library.id, label, code: '', note: notes.join(' ') || NO_HANDLER[library.id] || `${library.name} never reports ${error.number}.` };
  });
}

/** The one line under the tabs that says which handlers the tests ran, and in what. */
export function ranLine(): string {
  const ran = driverLibraries.filter((library) => library.ran);
  const ranAsIs = ran.filter((library) => !library.ranInstead).map((library) => library.name);
  const standIns = ran.filter((library) => library.ranInstead).map((library) => `the ${library.language} handler with ${library.ranInstead}`);
  const notRun = driverLibraries.filter((library) => !library.ran).map((library) => `${library.name}'s names are checked against its source, not run.`);
  return [`Each handler ran against MariaDB 10.11 in this site's tests: ${[ranAsIs.join(', '), ...standIns].join('; ')}.`, ...notRun].join(' ');
}

/** What the section says first: which call the handler wraps, and where else the error arrives. */
export function arrivalLead(error: MySqlError): string {
  const [arrival, ...also] = arrivalsOf(error);
  const lead: Record<Arrival, string> = {
    statement: `${error.number} answers a statement: the handler wraps the statement.`,
    login: `${error.number} refuses the connection: the handler wraps the connect call, since a handler around a statement never sees it.`,
    unreachable: `${error.number} comes from the client before any server answers: the handler wraps the connect call, and libraries without client numbers report their own error instead.`,
    lost: `${error.number} means an open connection dropped: it shows at the next statement, and libraries without client numbers report their own error instead.`,
  };
  return lead[arrival!] + (also.includes('statement') ? ' A statement that names the database (USE, db.table) can raise it too: the same test works there.' : '');
}
