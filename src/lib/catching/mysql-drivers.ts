// How application code recognises a MySQL or MariaDB error number, for the "Catch it in code"
// section of their pages: one handler per client library, with the names each library's own
// source gives the number (src/data/mysql/driver-names.json, read from the libraries' sources).
// The same libraries talk to both servers, so one table serves MySQL and MariaDB.
import driverData from '../../data/mysql/driver-names.json' with { type: 'json' };
import type { MySqlError } from '../databases/mysql-family/facts';

export interface DriverLibrary {
  id: string;
  name: string;
  language: string;
  repository: string;
  commit: string;
}

export const driverLibraries: readonly DriverLibrary[] = driverData.libraries;

const names = driverData.names as Record<string, Record<string, string | undefined> | undefined>;
const exceptionClasses = driverData.exceptionClasses as Record<string, Record<string, string | null | undefined> | undefined>;
const exceptionNotes = driverData.exceptionNotes as Record<string, Record<string, string | undefined> | undefined>;

export interface DriverTab {
  /** The library's id in driver-names.json, also the panel's id. */
  id: string;
  /** "Node.js (mysql2)". */
  label: string;
  code: string;
  /** What the library does differently for this number, from its source. */
  note?: string;
}

/** The library's constant for the number, as its users write it, if it has one. */
export const driverName = (library: string, number: number) => names[number]?.[library];

/**
 * Client-library errors (2000 and up) come from libmysqlclient or Connector/C. Drivers that speak
 * the protocol themselves (mysql2, Connector/J, Go's, MySqlConnector) never report these numbers,
 * so their tab says what they report instead, from their sources.
 */
const OWN_CONNECTION_ERRORS: Record<string, string> = {
  mysql2:
    "mysql2 has no client error numbers: a closed socket is err.code 'PROTOCOL_CONNECTION_LOST' (lib/base/connection.js), and Node's socket errors ('ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT') pass through unchanged.",
  'go-mysql':
    'The Go driver has no client error numbers: a broken connection is mysql.ErrInvalidConn or database/sql\'s driver.ErrBadConn (which database/sql retries on a fresh connection), or the underlying net error.',
};

function snippet(library: string, error: MySqlError): string {
  const { number } = error;
  const name = driverName(library, number);
  const exceptionClass = exceptionClasses[number]?.[library] ?? undefined;
  switch (library) {
    case 'mysql2':
      return `try {\n  await connection.execute(sql, values);\n} catch (err) {\n  if (${name ? `err.code === '${name}'` : `err.errno === ${number}`}) {\n    // err.errno ${number}, err.sqlState '${error.sqlstate}'\n  } else {\n    throw err;\n  }\n}`;
    case 'pymysql': {
      const constant = name ? `\nfrom pymysql.constants import ${name.split('.')[0]}` : '';
      return `import pymysql${constant}\n\ntry:\n    cursor.execute(sql, params)\nexcept ${exceptionClass ?? 'pymysql.err.MySQLError'} as e:\n    if e.args[0] != ${name ?? number}:\n        raise\n    # handle ${number}`;
    }
    case 'mysqlclient': {
      const constant = name ? `\nfrom MySQLdb.constants import ${name.split('.')[0]}` : '';
      return `import MySQLdb${constant}\n\ntry:\n    cursor.execute(sql, params)\nexcept ${exceptionClass ?? 'MySQLdb.MySQLError'} as e:\n    if e.args[0] != ${name ?? number}:\n        raise\n    # handle ${number}`;
    }
    case 'connector-j': {
      const caught = exceptionClass ? exceptionClass.split('.').pop() : 'SQLException';
      return `try {\n    statement.executeUpdate();\n} catch (${caught} e) {\n    if (e.getErrorCode() != ${name ?? number}) throw e;\n    // handle ${number}; e.getSQLState()\n}`;
    }
    case 'go-mysql':
      return `var mysqlErr *mysql.MySQLError\nif errors.As(err, &mysqlErr) && mysqlErr.Number == ${number} {\n\t// handle ${number}; string(mysqlErr.SQLState[:]) is "${error.sqlstate}"\n}`;
    case 'mysqlconnector':
      return `try\n{\n    await command.ExecuteNonQueryAsync();\n}\ncatch (MySqlException ex) when (ex.ErrorCode == ${name ?? `(MySqlErrorCode) ${number}`})\n{\n    // handle ${number}; ex.SqlState is "${error.sqlstate}"\n}`;
    default:
      throw new Error(`no snippet for the library ${library}`);
  }
}

/** Whether the library can report the number at all (client numbers come from the C client only). */
function reports(library: string, error: MySqlError): boolean {
  if (error.raisedBy === 'server') return true;
  return Boolean(driverName(library, error.number)) && exceptionClasses[error.number]?.[library] !== null;
}

/** One tab per library: the handler where the library reports the number, else what it reports instead. */
export function mysqlCatchTabs(error: MySqlError): DriverTab[] {
  return driverLibraries.map((library) => {
    const label = `${library.language} (${library.name})`;
    const note = exceptionNotes[error.number]?.[library.id];
    if (reports(library.id, error)) return { id: library.id, label, code: snippet(library.id, error), ...(note ? { note } : {}) };
    return { id: library.id, label, code: '', note: note ?? OWN_CONNECTION_ERRORS[library.id] ?? `${library.name} never reports ${error.number}.` };
  });
}
