import { describe, expect, test } from 'vitest';
import { splitStatements } from './statements';

describe('splitStatements', () => {
  test('splits on semicolons', () => {
    expect(splitStatements('BEGIN;\nSELECT 1 / 0;\nSELECT 1;')).toEqual(['BEGIN', 'SELECT 1 / 0', 'SELECT 1']);
  });

  test('keeps semicolons inside strings, quoted names and dollar quotes', () => {
    const sql = `SELECT 'a;b', "c;d";\nDO $$ BEGIN PERFORM 1; END $$;`;
    expect(splitStatements(sql)).toEqual([`SELECT 'a;b', "c;d"`, 'DO $$ BEGIN PERFORM 1; END $$']);
  });

  test('drops statements that are only comments', () => {
    expect(splitStatements('-- first, the table\nSELECT 1;\n-- done')).toEqual(['-- first, the table\nSELECT 1']);
  });
});
