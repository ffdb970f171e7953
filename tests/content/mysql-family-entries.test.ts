// Every written MySQL and MariaDB entry validates against its database's data: the build would
// stop on it too, but this names every problem of every file at once, without a build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mysqlFamilyEntrySchema } from '../../src/lib/entries/mysql-family-entry';
import { MYSQL_FAMILY } from '../../src/lib/databases/mysql-family/facts';
import { frontmatter } from '../reproductions/cases';

const root = join(import.meta.dirname, '../..');

describe.for(MYSQL_FAMILY)('written %s entries', (database) => {
  const dir = join(root, 'content', database);
  const files = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();

  test.for(files)('%s matches the data and the schema', (name) => {
    const file = `content/${database}/${name}`;
    const parsed = mysqlFamilyEntrySchema(database).safeParse(frontmatter(join(dir, name)));
    const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`);
    expect(problems).toEqual([]);
    expect(name, `${file}: name the file after its number`).toBe(`${parsed.data!.number}.mdx`);
    const body = readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---/, '').trim();
    expect(body, `${file}: the body must say what the error means`).not.toBe('');
  });
});
