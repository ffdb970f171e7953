import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { entryMarkdown, mysqlMarkdownEntry, postgresMarkdownEntry, type MarkdownEntry } from './markdown';
import { entrySchema } from './entry-schema';
import { mysqlFamilyEntrySchema } from './mysql-family-entry';
import { MYSQL_UNTESTED } from './fix-proof';

/** A written entry file: its frontmatter through the schema the build uses, and its body. */
function entryFile(path: string) {
  const text = readFileSync(join(import.meta.dirname, '../../../content', path), 'utf8');
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parse(yaml), body };
}

const small: MarkdownEntry = {
  title: 'PostgreSQL 99999 made_up',
  url: 'https://site/postgresql/99999/',
  summary: 'One line.',
  messages: ['bad "%s"'],
  meaning: 'It means [25P02](/postgresql/25P02/).\n',
  causes: [{ title: 'A cause', detail: 'Its detail.' }],
  fixes: [{ title: 'Fence a fence', when: 'Always.', lang: 'md', code: '```sql\nSELECT 1;\n```\n', why: 'Because.', proof: 'Ran on PostgreSQL 14 to 18.' }],
  avoid: [],
  related: [{ label: '23503 foreign_key_violation', path: '/postgresql/23503/', note: 'A note.' }],
  sources: [{ title: 'Docs', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' }],
};

describe('entryMarkdown', () => {
  test('writes the page\'s sections in its order, with its headings, and leaves out an empty one', () => {
    const headings = entryMarkdown(small, '/').match(/^#+ .*$/gm);
    expect(headings).toEqual(['# PostgreSQL 99999 made_up', '## What it means', '## Why it happens', '## How to fix it', '### Fence a fence', '## Related codes', '## Sources']);
  });

  test('fences a snippet that holds a fence with a longer one', () => {
    expect(entryMarkdown(small, '/')).toContain('````md\n```sql\nSELECT 1;\n```\n````');
  });

  test('puts the base in front of the links between entries, and leaves others alone', () => {
    const copy = entryMarkdown(small, '/docs/');
    expect(copy).toContain('[25P02](/docs/postgresql/25P02/)');
    expect(copy).toContain('[23503 foreign_key_violation](/docs/postgresql/23503/)');
    expect(copy).toContain('(https://www.postgresql.org/docs/current/errcodes-appendix.html)');
  });
});

describe('the copies of real entries', () => {
  test('23505 carries its summary, causes, fixes with where they ran, pitfalls and sources', () => {
    const { data, body } = entryFile('postgresql/23505.mdx');
    const entry = entrySchema.parse(data);
    const copy = entryMarkdown(postgresMarkdownEntry(entry, body, 'https://site/postgresql/23505/', entry.commonMessages), '/');
    expect(copy.startsWith('# PostgreSQL 23505 unique_violation\n\n> A row was rejected')).toBe(true);
    expect(copy).toContain('Messages: `duplicate key value violates unique constraint "%s"`');
    for (const cause of entry.causes) expect(copy).toContain(`**${cause.title}.**`);
    for (const fix of entry.fixes) expect(copy).toContain(fix.code.trim());
    expect(copy).toContain('Ran on PostgreSQL 14 to 18.');
    for (const pitfall of entry.avoid) expect(copy).toContain(`**${pitfall.title}.**`);
    for (const source of entry.sources) expect(copy).toContain(`(${source.url})`);
    expect(copy).toContain(body.trim().split('\n')[0]);
  });

  test('MySQL\'s 1062 says its fixes did not run; MariaDB\'s says where they did', () => {
    const mysql = entryFile('mysql/1062.mdx');
    const mysqlCopy = entryMarkdown(mysqlMarkdownEntry('mysql', mysqlFamilyEntrySchema('mysql').parse(mysql.data), mysql.body, 'https://site/mysql/1062/', []), '/');
    expect(mysqlCopy.startsWith('# MySQL error 1062 ER_DUP_ENTRY\n')).toBe(true);
    expect(mysqlCopy).toContain(`Not run in the tests: ${MYSQL_UNTESTED}`);
    const mariadb = entryFile('mariadb/1062.mdx');
    const mariadbCopy = entryMarkdown(mysqlMarkdownEntry('mariadb', mysqlFamilyEntrySchema('mariadb').parse(mariadb.data), mariadb.body, 'https://site/mariadb/1062/', []), '/');
    expect(mariadbCopy).toContain('Ran on MariaDB 10.11.');
  });
});
