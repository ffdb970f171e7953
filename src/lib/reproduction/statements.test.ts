import { describe, expect, test } from 'vitest';
import { psqlMetaCommands, splitStatements } from './statements';

describe('splitStatements', () => {
  test('splits after each semicolon and keeps it, as psql sends it', () => {
    expect(splitStatements('BEGIN;\nSELECT 1 / 0;\nSELECT 1;')).toEqual(['BEGIN;', 'SELECT 1 / 0;', 'SELECT 1;']);
  });

  test('sends a last statement without a semicolon as it stands, as psql -f does at the end of the file', () => {
    expect(splitStatements('SELECT 1;\nSELECT 2')).toEqual(['SELECT 1;', 'SELECT 2']);
  });

  test('keeps semicolons inside strings, quoted names and dollar quotes', () => {
    const sql = `SELECT 'a;b', "c;d";\nDO $$ BEGIN PERFORM 1; END $$;`;
    expect(splitStatements(sql)).toEqual([`SELECT 'a;b', "c;d";`, 'DO $$ BEGIN PERFORM 1; END $$;']);
  });

  test('drops leading line comments and statements that are only comments, as psql does', () => {
    expect(splitStatements('-- first, the table\nSELECT 1;\n-- done')).toEqual(['SELECT 1;']);
  });

  test('keeps a comment inside a statement', () => {
    expect(splitStatements('SELECT 1 -- one\n  + 1;')).toEqual(['SELECT 1 -- one\n  + 1;']);
  });
});

describe('psqlMetaCommands', () => {
  test("finds psql's commands at the start of a line and after a query", () => {
    const sql = "\\set user_id 42\nSELECT format('DELETE FROM users WHERE id = %L', :'user_id') \\gexec\n\\copy t TO 'x.csv'";
    expect(psqlMetaCommands(sql)).toEqual(['\\set', '\\gexec', '\\copy']);
  });

  test('reads backslashes in strings, quoted names, dollar quotes and comments as text', () => {
    const sql = "SELECT E'Ada\\x00', 'C:\\temp', \"a\\b\", $$ \\d $$; -- \\set in a comment\n/* \\gexec */";
    expect(psqlMetaCommands(sql)).toEqual([]);
  });
});
