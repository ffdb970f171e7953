import { expect, test } from 'vitest';
import { fixVersions } from './fix-stacks';
import { getDatabase } from '../databases';

const stacks = getDatabase('postgresql').stacks;

test('a fix not written per stack has no versions', () => {
  expect(fixVersions({ lang: 'sql', code: 'SELECT 1;' }, stacks)).toEqual([]);
});

test('lists the fix\'s own code first, each version with the catch tab\'s label', () => {
  const fix = { lang: 'js', code: 'await pool.query(sql);', stack: 'node-postgres', otherStacks: [{ stack: 'psycopg', lang: 'python', code: 'conn.execute(sql)' }] };
  expect(fixVersions(fix, stacks)).toEqual([
    { stack: 'node-postgres', label: 'node-postgres', lang: 'js', code: 'await pool.query(sql);' },
    { stack: 'psycopg', label: 'psycopg 3', lang: 'python', code: 'conn.execute(sql)' },
  ]);
});

test('a MySQL fix takes the MySQL catch tabs\' labels', () => {
  const fix = { lang: 'js', code: 'x', stack: 'mysql2' };
  expect(fixVersions(fix, getDatabase('mysql').stacks)[0]!.label).toBe('Node.js (mysql2)');
});
