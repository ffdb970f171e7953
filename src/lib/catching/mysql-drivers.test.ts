import { describe, expect, test } from 'vitest';
import { arrivalLead, mysqlCatchTabs, ranLine } from './mysql-drivers';
import { findMySqlError } from '../databases/mysql-family/facts';

const tabs = (number: number, database: 'mysql' | 'mariadb' = 'mariadb') =>
  Object.fromEntries(mysqlCatchTabs(findMySqlError(database, number)!).map((tab) => [tab.id, tab]));

describe('mysqlCatchTabs', () => {
  test('labels each tab with its language and library, parentheses never nested', () => {
    const labels = mysqlCatchTabs(findMySqlError('mysql', 1062)!).map((tab) => tab.label);
    expect(labels).toContain('Python (mysqlclient, MySQLdb)');
    for (const label of labels) expect(label).not.toMatch(/\([^)]*\(/);
  });

  test("uses each library's own name for 1062", () => {
    const duplicate = tabs(1062);
    expect(duplicate['mysql2']!.code).toContain("err.code !== 'ER_DUP_ENTRY'");
    expect(duplicate['pymysql']!.code).toContain('e.args[0] != ER.DUP_ENTRY');
    expect(duplicate['connector-j']!.code).toContain('MysqlErrorNumbers.ER_DUP_ENTRY');
    expect(duplicate['mysqlconnector']!.code).toContain('MySqlErrorCode.DuplicateKeyEntry');
  });

  test('catches the exception class the library maps the number to', () => {
    expect(tabs(1062)['pymysql']!.code).toContain('except pymysql.err.IntegrityError as e');
    expect(tabs(1062)['connector-j']!.code).toContain('catch (SQLIntegrityConstraintViolationException e)');
  });

  test('tests the number in Go and PHP, which name no server errors', () => {
    expect(tabs(1213)['go-mysql']!.code).toContain('mysqlErr.Number == 1213');
    expect(tabs(1213)['mysqli']!.code).toContain('$e->getCode() !== 1213');
  });

  test("PDO's handler tests the driver's number in errorInfo[1], since getCode() is the SQLSTATE", () => {
    expect(tabs(1062)['pdo']!.code).toContain('$e->errorInfo[1] !== 1062');
    expect(tabs(1062)['pdo']!.code).toContain("$e->getCode() is the SQLSTATE '23000'");
  });

  test('wraps the statement for an error that answers one', () => {
    const duplicate = tabs(1062);
    expect(duplicate['mysql2']!.code).toContain('await connection.execute(sql, values);');
    expect(duplicate['go-mysql']!.code).toContain('db.ExecContext(');
    expect(duplicate['mysqli']!.code).toContain('$mysqli->execute_query(');
  });

  test('wraps the connect call for a refused login, in every library', () => {
    const tooMany = tabs(1040);
    expect(tooMany['mysql2']!.code).toContain('connection = await mysql.createConnection(options);');
    expect(tooMany['mysql2']!.code).not.toContain('execute');
    expect(tooMany['pymysql']!.code).toContain('connection = pymysql.connect(**options)');
    expect(tooMany['connector-j']!.code).toContain('DriverManager.getConnection(url, user, password)');
    expect(tooMany['go-mysql']!.code).toContain('db.PingContext(ctx)');
    expect(tooMany['mysqlconnector']!.code).toContain('await connection.OpenAsync();');
    expect(tooMany['pdo']!.code).toContain('new PDO($dsn, $user, $password)');
    expect(tooMany['mysqli']!.code).toContain('new mysqli($host, $user, $password, $database)');
  });

  test("says where PHP's connect SQLSTATE differs from the server's, and only there", () => {
    expect(tabs(1045)['pdo']!.note).toContain('SQLSTATE HY000 (SQLSTATE[HY000] in the message), not the 28000 the server sends');
    expect(tabs(1045)['mysqli']!.note).toContain('not the 28000 the server sends');
    expect(tabs(1129)['pdo']!.note).toBeUndefined(); // the server's SQLSTATE is HY000 too
    expect(tabs(1062)['pdo']!.note).toBeUndefined();
  });

  test('tests what each library reports for a lost connection', () => {
    const lost = tabs(2013);
    expect(lost['mysql2']!.code).toContain('if (!err.fatal) throw err;');
    expect(lost['pymysql']!.code).toContain('CR.CR_SERVER_LOST');
    expect(lost['connector-j']!.code).toContain('startsWith("08")');
    expect(lost['go-mysql']!.code).toContain('errors.Is(err, mysql.ErrInvalidConn)');
    expect(lost['pdo']!.code).toContain('!in_array($e->errorInfo[1], [2013, 2006], true)');
    expect(lost['mysqlconnector']!.code).toBe('');
    expect(lost['mysqlconnector']!.note).toContain('Failed to read the result set.');
  });

  test('tests the number a library reports in place of the page\'s for a server it cannot reach', () => {
    expect(tabs(2002)['pymysql']!.code).toContain('e.args[0] != CR.CR_CONN_HOST_ERROR');
    expect(tabs(2003)['mysqlclient']!.code).toContain('e.args[0] not in (CR.CONN_HOST_ERROR, CR.CONNECTION_ERROR)');
    expect(tabs(2005)['mysqli']!.code).toContain('$e->getCode() !== 2002');
    expect(tabs(2002)['mysql2']!.code).toContain("!['ENOENT', 'ECONNREFUSED'].includes(err.code)");
    expect(tabs(2002)['go-mysql']!.code).toContain('errors.As(err, &netErr)');
  });

  test('says what a library without client numbers reports where it has no handler', () => {
    // MySQL's 2026, a TLS failure: mysql2 raises Node's TLS errors, which no one test covers.
    expect(tabs(2026, 'mysql')['mysql2']!.code).toBe('');
    expect(tabs(2026, 'mysql')['mysql2']!.note).toContain('PROTOCOL_CONNECTION_LOST');
  });
});

describe('arrivalLead', () => {
  test('names the call the handler wraps', () => {
    expect(arrivalLead(findMySqlError('mariadb', 1040)!)).toContain('wraps the connect call');
    expect(arrivalLead(findMySqlError('mariadb', 1062)!)).toContain('wraps the statement');
  });

  test('says when a login error can answer a statement too', () => {
    expect(arrivalLead(findMySqlError('mariadb', 1049)!)).toContain('A statement that names the database');
    expect(arrivalLead(findMySqlError('mariadb', 1045)!)).not.toContain('A statement');
  });
});

describe('ranLine', () => {
  test('names the libraries that ran, the stand-in for Connector/J, and the one that did not run', () => {
    const line = ranLine();
    expect(line).toContain('mysql2, PyMySQL');
    expect(line).toContain('the Java handler with MariaDB Connector/J 2.7.6');
    expect(line).toContain("MySqlConnector's names are checked against its source, not run.");
  });
});
