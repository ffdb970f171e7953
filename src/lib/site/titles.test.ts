import { describe, expect, it } from 'vitest';
import { ERROR_TITLE_LENGTH, errorTitle, fitMessage, htmlLength, readableMessage } from './titles';

describe('readableMessage', () => {
  it('shows each variable part, quotes and all, as "..."', () => {
    expect(readableMessage(`Duplicate entry '%-.192s' for key '%-.192s'`)).toBe('Duplicate entry ... for key ...');
    expect(readableMessage('relation "%s.%s" does not exist')).toBe('relation ... does not exist');
    expect(readableMessage(`Access denied for user '%-.48s'@'%-.64s' (using password: %s)`)).toBe('Access denied for user ...@... (using password: ...)');
    expect(readableMessage('index row size %zu exceeds btree version %u maximum %zu for index "%s"')).toBe(
      'index row size ... exceeds btree version ... maximum ... for index ...',
    );
    expect(readableMessage('value %<PRId64> is out of range, 100%% sure')).toBe('value ... is out of range, 100% sure');
  });

  it("reads MariaDB's quoting suffixes and positional conversions as part of the placeholder", () => {
    expect(readableMessage('Unknown column %sQ in %sQ')).toBe('Unknown column ... in ...');
    expect(readableMessage("Table '%-.192sT' doesn't exist")).toBe("Table ... doesn't exist");
    expect(readableMessage("Incorrect value '%2$*1$s' here")).toBe('Incorrect value ... here');
  });

  it('leaves words that only look like a conversion alone', () => {
    expect(readableMessage('type %TYPE is only allowed here')).toBe('type %TYPE is only allowed here');
  });
});

describe('fitMessage', () => {
  it('keeps a message that fits', () => {
    expect(fitMessage('sorry, too many clients already', 40)).toBe('sorry, too many clients already');
  });

  it('cuts at a word, dropping a variable part at the cut without an ellipsis of its own', () => {
    expect(fitMessage('duplicate key value violates unique constraint ...', 48)).toBe('duplicate key value violates unique constraint');
  });

  it('marks the cut with "…" when words of the message are lost, never cutting a word', () => {
    const cut = fitMessage('remaining connection slots are reserved for roles with the ... attribute', 41);
    expect(cut).toBe('remaining connection slots are reserved …');
    expect(cut.length).toBe(41);
    expect(fitMessage('remaining connection slots are reserved for roles with the ... attribute', 40)).toBe('remaining connection slots are …');
  });

  it('drops punctuation left dangling at the cut', () => {
    expect(fitMessage('value too long for type character varying(...), said the server', 44)).toBe('value too long for type character …');
  });
});

describe('errorTitle', () => {
  it('leads a PostgreSQL title with the SQLSTATE and ends it with the database', () => {
    expect(errorTitle({ databaseName: 'PostgreSQL', code: '23505', format: 'duplicate key value violates unique constraint "%s"', name: 'unique_violation' })).toBe(
      '23505 duplicate key value violates unique constraint | PostgreSQL',
    );
    expect(errorTitle({ databaseName: 'PostgreSQL', code: '53300', format: 'sorry, too many clients already', name: 'too_many_connections' })).toBe(
      '53300 sorry, too many clients already | PostgreSQL',
    );
  });

  it('leads a MySQL or MariaDB title with the database and the number', () => {
    expect(errorTitle({ databaseName: 'MySQL', code: '1062', format: `Duplicate entry '%-.192s' for key '%-.192s'`, name: 'ER_DUP_ENTRY' })).toBe(
      'MySQL 1062: Duplicate entry ... for key ...',
    );
    expect(errorTitle({ databaseName: 'MariaDB', code: '1040', format: 'Too many connections', name: 'ER_CON_COUNT_ERROR' })).toBe(
      'MariaDB 1040: Too many connections',
    );
  });

  it('names the condition where the code has no message, or one of variable parts only', () => {
    expect(errorTitle({ databaseName: 'PostgreSQL', code: 'P0001', name: 'raise_exception' })).toBe('P0001 raise_exception | PostgreSQL');
    expect(errorTitle({ databaseName: 'MySQL', code: '1105', format: '%s', name: 'ER_UNKNOWN_ERROR' })).toBe('MySQL 1105: ER_UNKNOWN_ERROR');
  });

  it('counts quotes as the entities the HTML writes them as, so the source stays within the limit too', () => {
    const title = errorTitle({ databaseName: 'MySQL', code: '3841', format: "Server variable '%-.192s' is not a valid 'innodb_redo_log_archive_dirs' value", name: 'ER_X' });
    expect(title).toBe("MySQL 3841: Server variable ... is not a valid …");
    expect(htmlLength(title)).toBeLessThanOrEqual(ERROR_TITLE_LENGTH);
    expect(htmlLength(`it's "a" & b`)).toBe(`it&#39;s &quot;a&quot; &amp; b`.length);
  });

  it('keeps every title within the length search engines show', () => {
    expect(errorTitle({ databaseName: 'PostgreSQL', code: '25004', name: 'inappropriate_isolation_level_for_branch_transaction' })).toBe(
      '25004 inappropriate_isolation_level_for_branch_transaction',
    );
    const long = 'database is not accepting commands that assign new transaction IDs to avoid wraparound data loss in database "%s"';
    const title = errorTitle({ databaseName: 'PostgreSQL', code: '54000', format: long, name: 'program_limit_exceeded' });
    expect(title).toBe('54000 database is not accepting commands that … | PostgreSQL');
    expect(title.length).toBeLessThanOrEqual(ERROR_TITLE_LENGTH);
  });
});
