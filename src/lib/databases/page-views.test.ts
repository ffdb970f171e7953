// The views the one error page and the one error table show (src/lib/databases/error-page.ts),
// as each system's adapter builds them from its data and written entries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { entrySchema } from '../entries/entry-schema';
import { mysqlFamilyEntrySchema } from '../entries/mysql-family-entry';
import type { Inline, ParagraphView } from './error-page';
import { inlineText as text } from './inline-text';
import { findMySqlError, type MySqlFamilyId } from './mysql-family/facts';
import { mysqlErrorPageView, mysqlTableView } from './mysql-family/page';
import { getSqlState } from './postgresql/facts';
import { postgresErrorPageView, postgresTableView } from './postgresql/page';

/** A written entry's frontmatter, through the schema the build uses. */
const frontmatter = (path: string): unknown => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(import.meta.dirname, '../../../content', path), 'utf8'))![1]!);
const postgresEntry = (code: string) => entrySchema.parse(frontmatter(`postgresql/${code}.mdx`));
const mysqlEntry = (database: MySqlFamilyId, number: number) => mysqlFamilyEntrySchema(database).parse(frontmatter(`${database}/${number}.mdx`));

const hrefs = (parts: readonly Inline[]): string[] => parts.flatMap((part) => (typeof part === 'object' && 'href' in part ? [part.href, ...hrefs(part.parts)] : []));
const paragraphs = (blocks: readonly ({ list: unknown[] } | ParagraphView)[]) => blocks.filter((block): block is ParagraphView => 'parts' in block);

describe("PostgreSQL's error page", () => {
  test('a written code shows its guide, its reproduction and what its runs found, and is indexed', () => {
    const view = postgresErrorPageView('23505', postgresEntry('23505'));
    expect(view.header).toMatchObject({ id: '23505', name: 'unique_violation', badgesLabel: 'Facts about this code' });
    expect(view.header.prefix).toBeUndefined();
    expect(view.header.summary).toMatch(/key already exists/);
    expect(view.header.badges.map((badge) => badge.text)).toEqual([
      'Class 23: Integrity Constraint Violation',
      'ERROR',
      'Since PostgreSQL 9.4 or earlier',
      'Raised by core PostgreSQL',
      'Reproduced on PostgreSQL 14 to 18',
      'Retry? No',
    ]);
    expect(view.header.badges.at(-1)).toMatchObject({ href: '#retry', tone: 'retry retry-do-not-retry' });
    expect(view.noindex).toBe(false);
    expect(view.sections.map((section) => section.id)).toEqual(['meaning', 'causes', 'fixes', 'avoid', 'reproduce', 'messages', 'catch', 'related', 'sources']);
    expect(view.reproduction?.output?.text).toMatch(/duplicate key value violates unique constraint/);
    expect(view.related.slice(0, 3).map((related) => [related.href, text(related.label)])).toEqual([
      ['/postgresql/42P10/', '42P10 invalid_column_reference'],
      ['/postgresql/23P01/', '23P01 exclusion_violation'],
      ['/postgresql/21000/', '21000 cardinality_violation'],
    ]);
    expect(view.trust).toMatchObject({ subject: 'PostgreSQL 23505', facts: { server: 'postgresql', reproducedOn: ['14', '15', '16', '17', '18'] } });
  });

  test('a code without a guide says so, and its messages section names the raisers that pick it from errno', () => {
    const view = postgresErrorPageView('58P02', undefined);
    expect(view.unwrittenNotice).toBe(
      "No written guide for 58P02 yet. What follows is what PostgreSQL's source code says about it: its names, its class, the messages raised with it and how to catch it.",
    );
    expect(view.sections.map((section) => section.id)).toEqual(['messages', 'catch', 'sources']);
    expect(view.reproduction).toBeUndefined();
    expect(view.trust).toBeUndefined();
    expect(view.messages.heading).toBe('Messages PostgreSQL raises with 58P02');
    expect(view.messages.after).toHaveLength(1);
    expect(view.messages.after[0]!.class).toBe('muted');
    expect(text(view.messages.after[0]!.parts)).toMatch(
      /^PostgreSQL also picks 58P02 at run time, in .+\) from the operating system's error number \(errno\); and in errcode_for_file_access\(\) \(\d+ messages, such as .+\) from the operating system's error number \(errno\)\.$/,
    );
  });

  test("42601 lists the scanner's words and links the page of all its messages", () => {
    const { blocks } = postgresErrorPageView('42601', postgresEntry('42601')).messages;
    const [scanner, all] = paragraphs(blocks);
    expect(text(scanner!.parts)).toMatch(/^The SQL scanner and grammar fill the first %s of %s at or near "%s" and %s at end of input with one of these words\./);
    const printed = blocks.filter((block) => 'list' in block)[1]!;
    expect('list' in printed && printed.list.some((message) => message.format.startsWith('syntax error at or near'))).toBe(true);
    expect(hrefs(all!.parts)).toEqual(['/postgresql/42601/messages/']);
    expect(text(all!.parts)).toMatch(/^All \d+ messages raised with 42601 \(\d+ more, and the source files that raise them\)$/);
  });

  test('a code sharing its condition name with another lists that one among the related codes', () => {
    const view = postgresErrorPageView('22001', undefined);
    expect(view.related).toEqual([
      { href: '/postgresql/01004/', label: [{ code: '01004' }, ' ', { underscores: 'string_data_right_truncation' }], note: 'Shares the condition name `string_data_right_truncation` with this code, in class 01.' },
    ]);
  });

  test('a code no message raises says so', () => {
    const { blocks } = postgresErrorPageView('00000', undefined).messages;
    expect(blocks.map((block) => ('parts' in block ? text(block.parts) : 'list'))).toEqual([
      "No message in PostgreSQL's source code (server, contrib and client programs) is raised with 00000.",
    ]);
  });
});

describe("MySQL's and MariaDB's error page", () => {
  test("an unwritten page names its database before the number, is left out of search engines' indexes, and says where the number is declared", () => {
    const view = mysqlErrorPageView('mariadb', findMySqlError('mariadb', 1000)!, undefined);
    expect(view.header).toMatchObject({ prefix: 'MariaDB', id: '1000', name: 'ER_HASHCHK', searchMeta: 'database:mariadb' });
    expect(view.searchFilter).toBe('database:MariaDB');
    expect(view.noindex).toBe(true);
    expect(view.header.badges.map((badge) => badge.text)).toEqual(['MariaDB', 'SQLSTATE HY000', 'Class HY: CLI-Specific Condition (ODBC general errors)', 'Raised by the server']);
    expect(view.unwrittenNotice).toMatch(/^No written guide for MariaDB error 1000 yet\. What follows is what MariaDB's source says about it/);
    expect(text(view.sources.items.at(-1)!)).toBe('sql/share/errmsg-utf8.txt in MariaDB/server, where MariaDB declares the error');
  });

  test("1062 on MySQL: worded with 1586's format, and MariaDB's 1062 worded otherwise", () => {
    const view = mysqlErrorPageView('mysql', findMySqlError('mysql', 1062)!, mysqlEntry('mysql', 1062));
    expect(view.noindex).toBe(false);
    const [list, ...notes] = view.messages.blocks;
    expect(list).toEqual({ list: [expect.objectContaining({ format: "Duplicate entry '%-.64s' for key '%-.385s'", dialect: 'mysql' })] });
    expect(notes.map((note) => 'parts' in note && hrefs(note.parts))).toEqual([['/mysql/1586/'], ['/mariadb/1062/']]);
    expect(text((notes[0] as ParagraphView).parts)).toBe(
      "The server reports the number 1062 worded with the format of 1586 ER_DUP_ENTRY_WITH_KEY_NAME; ER_DUP_ENTRY's own format is Duplicate entry '%-.192s' for key %d.",
    );
    expect(text((notes[1] as ParagraphView).parts)).toMatch(/^MariaDB uses the number 1062 too: 1062 ER_DUP_ENTRY, worded Duplicate entry/);
    expect(view.trust?.facts).toMatchObject({ server: 'mysql', reproducedOn: [], reproducedOnMariaDB: true });
  });

  test('a client library error says the client raises it and where the library words it', () => {
    const view = mysqlErrorPageView('mysql', findMySqlError('mysql', 2002)!, mysqlEntry('mysql', 2002));
    expect(view.header.badges.map((badge) => badge.text)).toContain('Raised by the client library');
    expect(text(view.sources.items.at(-1)!)).toMatch(/, where MySQL's client library words the error$/);
    expect(view.trust?.facts.reproducedOnMariaDB).toBe(false);
  });
});

describe('the tables of errors', () => {
  const removed = getSqlState('72000');

  test("PostgreSQL's: with summaries, a third column says what each code means and when it was removed", () => {
    const table = postgresTableView([removed], 'Codes in class 72', new Map([['72000', 'A snapshot was too old.']]));
    expect(table.columns).toEqual(['Code', 'Condition name', 'What it means']);
    expect(table.rows[0]!.map((cell) => text(cell.parts))).toEqual(['72000', 'snapshot_too_old', 'A snapshot was too old. (removed in PostgreSQL 17)']);
  });

  test("PostgreSQL's: without summaries, the removal goes beside the name", () => {
    const table = postgresTableView([removed], 'Codes in class 72');
    expect(table.columns).toEqual(['Code', 'Condition name']);
    expect(table.rows[0]!.map((cell) => text(cell.parts))).toEqual(['72000', 'snapshot_too_old (removed in PostgreSQL 17)']);
  });

  test("MySQL's: the summary where written, else the message format read as words, and none where the table leaves messages out", () => {
    const errors = [findMySqlError('mariadb', 1000)!, findMySqlError('mariadb', 1062)!];
    const table = mysqlTableView('mariadb', errors, new Map([[1062, 'A key already exists.']]), 'MariaDB errors');
    expect(table.columns).toEqual(['Number', 'Symbol', 'SQLSTATE', 'What it says']);
    expect(table.rows.map((row) => row[3]!.parts)).toEqual([[{ format: 'hashchk', dialect: 'mariadb' }], ['A key already exists.']]);
    expect(hrefs(table.rows[1]![2]!.parts)).toEqual(['/sqlstate/23000/']);
    expect(mysqlTableView('mariadb', errors, new Map(), 'MariaDB errors', false).columns).toEqual(['Number', 'Symbol', 'SQLSTATE']);
  });
});
