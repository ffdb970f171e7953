import { describe, expect, test } from 'vitest';
import { findMySqlError } from '../databases/mysql-family/facts';
import { messagesOf } from '../databases/postgresql/facts';
import { databases } from '../databases';
import { PLACEHOLDERS } from '../search/matcher';
import { formatParts, readableFormat } from './placeholders';

const mysql = (number: number) => findMySqlError('mysql', number)!.message;
const mariadb = (number: number) => findMySqlError('mariadb', number)!.message;
/** The PostgreSQL format of a code that contains the given text, as messages.json holds it. */
const postgres = (code: string, containing: string) => messagesOf(code).find((m) => m.format.includes(containing))!.format;

describe('readableFormat', () => {
  test("reads MySQL's and MariaDB's accounts as 'user'@'host'", () => {
    expect(mysql(1045)).toBe("Access denied for user '%-.48s'@'%-.64s' (using password: %s)");
    expect(readableFormat(mysql(1045), 'mysql')).toBe("Access denied for user 'user'@'host' (using password: text)");
    expect(readableFormat(mariadb(1045), 'mariadb')).toBe("Access denied for user 'user'@'host' (using password: text)");
  });

  test('names a value, a number and a qualified table', () => {
    expect(readableFormat(mysql(1062), 'mysql')).toBe("Duplicate entry 'value' for key number");
    // MariaDB's T flag (truncate) is part of the placeholder, not text after it.
    expect(readableFormat(mariadb(1062), 'mariadb')).toBe("Duplicate entry 'value' for key number");
    expect(readableFormat(mysql(1146), 'mysql')).toBe("Table 'database.name' doesn't exist");
    expect(readableFormat(mysql(1054), 'mysql')).toBe("Unknown column 'name' in 'text'");
  });

  test("reads PostgreSQL's formats, its %m as the system's error text", () => {
    expect(readableFormat(postgres('42P01', 'relation "%s" does not exist'), 'postgres')).toBe('relation "name" does not exist');
    expect(readableFormat(postgres('F0000', 'could not open synonym file'), 'postgres')).toBe('could not open synonym file "path": system error');
  });

  test('keeps the percent sign a %% prints, and reads no placeholder into it', () => {
    expect(readableFormat(postgres('01000', 'NOTIFY queue is'), 'postgres')).toBe('NOTIFY queue is number% full');
  });
});

describe('formatParts', () => {
  test('keeps each placeholder as the source writes it beside its word', () => {
    expect(formatParts(mysql(1045), 'mysql').filter((part) => 'placeholder' in part)).toEqual([
      { placeholder: '%-.48s', word: 'user' },
      { placeholder: '%-.64s', word: 'host' },
      { placeholder: '%s', word: 'text' },
    ]);
  });

  test("puts MariaDB's %`s word in the backquotes the server prints", () => {
    const quoted = databases.find((d) => d.id === 'mariadb')!.errors.find((e) => e.messages[0]!.includes('%`s'))!.messages[0]!;
    expect(readableFormat(quoted, 'mariadb')).toMatch(/`\w[\w ]*`/);
    expect(readableFormat(quoted, 'mariadb')).not.toContain('%');
  });

  test('leaves no placeholder unread in any format of any database', () => {
    for (const database of databases) {
      for (const format of database.errors.flatMap((error) => error.messages)) {
        const readable = readableFormat(format, database.dialect);
        if (!format.includes('%%')) expect(readable.match(PLACEHOLDERS[database.dialect]), `${database.id}: ${format}`).toBeNull();
        // Putting the raw placeholders back gives the format again: nothing else changed.
        const raw = formatParts(format, database.dialect).map((part) => ('text' in part ? part.text : part.placeholder)).join('');
        expect(raw, format).toBe(format.replaceAll('%%', '%'));
      }
    }
  });
});
