// How a MySQL or MariaDB error reaches application code, which decides the call a handler must
// wrap: a statement's answer is caught around execute, a refused login only around connect (a
// handler around execute never sees 1040), and a connection that is gone or never came up is
// reported by each library in its own way, often with no number at all.
import type { MySqlError } from '../databases/mysql-family/facts';

export type Arrival =
  /** The server's answer to a statement (1062, 1146): wrap the statement. */
  | 'statement'
  /** The server refuses the connection during the handshake (1040, 1045): wrap the connect call. */
  | 'login'
  /** The client library gives up connecting before a server answers it (2002, 2003, 2005). */
  | 'unreachable'
  /** An open connection drops under a later statement (2006, 2013). */
  | 'lost';

/**
 * Errors the server sends only while it sets up a new connection, by symbol (MySQL and MariaDB
 * number some differently: ER_ACCOUNT_HAS_BEEN_LOCKED is 3118 and 4151). Both servers raise them
 * in the connect path only: the host checks before the handshake (sql/sql_connect.cc: 1042, 1043,
 * 1129, 1130), authentication (MariaDB's acl_authenticate() in sql/sql_acl.cc, MySQL's
 * sql/auth/sql_authentication.cc: 1045, 1698, 1251, 1862, the locked account, and 1040 once the
 * account turns out not to be allowed past max_connections), MySQL's connection manager (1040
 * before the handshake, sql/conn_handler/connection_handler_manager.cc) and
 * check_for_max_user_connections() (1203).
 */
const AT_LOGIN = new Set([
  'ER_CON_COUNT_ERROR',
  'ER_BAD_HOST_ERROR',
  'ER_HANDSHAKE_ERROR',
  'ER_ACCESS_DENIED_ERROR',
  'ER_HOST_IS_BLOCKED',
  'ER_HOST_NOT_PRIVILEGED',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'ER_NOT_SUPPORTED_AUTH_MODE',
  'ER_SERVER_IS_IN_SECURE_AUTH_MODE',
  'ER_ACCESS_DENIED_NO_PASSWORD_ERROR',
  'ER_MUST_CHANGE_PASSWORD_LOGIN',
  'ER_SERVER_OFFLINE_MODE',
  'ER_ACCOUNT_HAS_BEEN_LOCKED',
  'ER_SECURE_TRANSPORT_REQUIRED',
  'ER_USER_ACCESS_DENIED_FOR_USER_ACCOUNT_BLOCKED_BY_PASSWORD_LOCK',
]);

/**
 * Errors the login raises when the connection names a default database (mysql_change_db() at the
 * end of authentication), and statements raise too: USE or a name qualified with the database
 * (1044, 1049); 1226 is max_connections_per_hour at connect and max_queries_per_hour at a statement.
 */
const AT_LOGIN_OR_STATEMENT = new Set(['ER_DBACCESS_DENIED_ERROR', 'ER_BAD_DB_ERROR', 'ER_USER_LIMIT_REACHED']);

/** Client errors at connect: no socket, no listener, no such host, no TLS, no auth plugin, or the plugin failing (2061). */
const UNREACHABLE = new Set(['CR_CONNECTION_ERROR', 'CR_CONN_HOST_ERROR', 'CR_UNKNOWN_HOST', 'CR_SSL_CONNECTION_ERROR', 'CR_AUTH_PLUGIN_CANNOT_LOAD', 'CR_AUTH_PLUGIN_ERR']);

/** Client errors for a connection that was open: the write failed (2006) or the read did (2013, 2055). */
const LOST = new Set(['CR_SERVER_GONE_ERROR', 'CR_SERVER_LOST', 'CR_SERVER_LOST_EXTENDED']);

/** Every symbol the rules name, so a test can hold them to the data. */
export const ARRIVAL_SYMBOLS: readonly string[] = [...AT_LOGIN, ...AT_LOGIN_OR_STATEMENT, ...UNREACHABLE, ...LOST];

/**
 * The ways the error reaches code, the usual one first: the page's handler wraps that one's call
 * and names the others. Everything not listed answers a statement, including client errors such
 * as 2014 (commands out of sync), which the library raises at the statement call.
 */
export function arrivalsOf(error: Pick<MySqlError, 'symbol'>): readonly Arrival[] {
  const { symbol } = error;
  if (AT_LOGIN.has(symbol)) return ['login'];
  if (AT_LOGIN_OR_STATEMENT.has(symbol)) return ['login', 'statement'];
  if (UNREACHABLE.has(symbol)) return ['unreachable'];
  if (LOST.has(symbol)) return ['lost'];
  return ['statement'];
}
