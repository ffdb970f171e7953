// PgBouncer's error page and table, as its adapter builds them from the imported source facts,
// the written entries and the runs on the real pooler.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { pgBouncerEntrySchema } from '../../entries/pgbouncer-entry';
import { pgBouncerObservation } from '../../reproduction/pgbouncer-runs';
import { inlineText as text } from '../inline-text';
import { findPgBouncerMessage, pgBouncerMessages, type PgBouncerMessage } from './facts';
import { pgBouncerErrorPageView, pgBouncerReproductionView, pgBouncerTableView, pgBouncerVersionsLabel, poolerIni, stepSentence } from './page';

const entry = (slug: string) =>
  pgBouncerEntrySchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(import.meta.dirname, '../../../../content/pgbouncer', `${slug}.mdx`), 'utf8'))![1]!));
const message = (slug: string) => findPgBouncerMessage(slug)!;

describe("a PgBouncer message's page", () => {
  test('a written message shows its guide, the run on the real pooler, and is indexed', () => {
    const view = pgBouncerErrorPageView(message('query_wait_timeout'), entry('query_wait_timeout'), pgBouncerObservation('query_wait_timeout'));
    expect(view.system).toBe('pgbouncer');
    expect(view.noindex).toBe(false);
    expect(view.title).toBe('PgBouncer 08P01: query_wait_timeout');
    expect(view.crumbs).toEqual([{ name: 'PgBouncer', path: '/pgbouncer/' }, { name: 'query_wait_timeout' }]);
    expect(view.header).toMatchObject({ prefix: 'PgBouncer', id: 'query_wait_timeout', searchMeta: 'database:pgbouncer' });
    expect(view.header.name).toBeUndefined();
    expect(view.header.badges.map((badge) => badge.text)).toEqual(['PgBouncer', 'FATAL', 'SQLSTATE 08P01', 'Sent to clients', 'Reproduced on PgBouncer 1.18.0']);
    expect(view.reproduction?.script).toEqual({ lang: 'ini', code: '[pgbouncer]\npool_mode = transaction\ndefault_pool_size = 1\nquery_wait_timeout = 1' });
    expect(view.reproduction?.output?.text).toMatch(/^FATAL: {2}query_wait_timeout$/m);
    expect(view.reproduction?.alsoPrinted).toEqual({ label: 'node-postgres reported', text: 'FATAL (08P01) query_wait_timeout' });
    expect(view.trust?.facts).toMatchObject({ server: 'pgbouncer', reproducedOn: ['1.18.0'] });
    expect(view.related.find((related) => related.href === '/pgbouncer/no-more-connections-allowed-max_client_conn/')?.label).toEqual([
      { code: 'no more connections allowed (max_client_conn)' },
    ]);
  });

  test('says where the source sends it, in which versions, and how its severity changed', () => {
    const view = pgBouncerErrorPageView(message('query_wait_timeout'), undefined, undefined);
    const [list, ...notes] = view.messages.blocks;
    const meta = 'list' in list! ? text(list.list[0]!.meta) : '';
    expect(meta).toMatch(/^FATAL · SQLSTATE 08P01 · src\/janitor\.c:\d+ · pool_client_maint\(\) through disconnect_client\(\) · PgBouncer 1\.12\.0 or earlier to 1\.25\.2 \(the newest\)$/);
    expect(notes.map((note) => ('parts' in note ? text(note.parts) : ''))).toEqual([
      "PgBouncer sends it as FATAL and closes the client's connection. Debian 12's pgbouncer 1.18.0 sends it.",
      'Its severity changed between versions: ERROR from 1.12.0, FATAL from 1.16.0.',
    ]);
  });

  test('a message from the data alone says so, is kept from search engines, and points the catch section at its SQLSTATE', () => {
    const view = pgBouncerErrorPageView(message('admin-a-database-is-required'), undefined, undefined);
    expect(view.noindex).toBe(true);
    expect(view.unwrittenNotice).toMatch(/^No written guide for this PgBouncer message yet\./);
    expect(view.sections.map((section) => section.id)).toEqual(['messages', 'catch', 'sources']);
    expect(view.header.badges.map((badge) => badge.text)).toContain('Admin console');
    expect(view.catching.arrivals).toEqual([]);
    expect(view.catching.notes[0]).toContain('[08P01\'s page](/postgresql/08P01/#catch)');
    // Sent from two places: both listed under the sources.
    expect(view.sources.files?.items.map(text)).toEqual([expect.stringMatching(/^src\/admin\.c:\d+$/), expect.stringMatching(/^src\/admin\.c:\d+$/)]);
  });

  test('a format with placeholders is read as words; a fixed text is shown as it is', () => {
    const withPlaceholder = pgBouncerMessages.find((m) => m.format.includes('%s'))!;
    const list = (m: PgBouncerMessage) => pgBouncerErrorPageView(m, undefined, undefined).messages.blocks[0]!;
    expect(list(withPlaceholder)).toMatchObject({ list: [{ format: withPlaceholder.format, dialect: 'postgres' }] });
    expect(list(message('query_wait_timeout'))).toEqual({ list: [expect.not.objectContaining({ dialect: expect.anything() })] });
  });
});

describe('versions', () => {
  test('the oldest tag read may not be the first release with the message; a message gone before the newest says so', () => {
    expect(pgBouncerVersionsLabel({ versions: ['1.12.0', '1.25.2'] })).toBe('1.12.0 or earlier to 1.25.2 (the newest)');
    expect(pgBouncerVersionsLabel({ versions: ['1.19.0', '1.20.0'] })).toBe('1.19.0 to 1.20.0, gone in the next release read');
  });
});

describe('a reproduction on the pooler', () => {
  test('writes the pooler as pgbouncer.ini lines, the [databases] section first where the entry sets one', () => {
    expect(poolerIni({ pool_mode: 'transaction', settings: { max_client_conn: 2 } })).toBe('[pgbouncer]\npool_mode = transaction\nmax_client_conn = 2');
    expect(poolerIni({ databases: { shop: 'dbname=missing {server}' } })).toBe('[databases]\nshop = dbname=missing {server}\n\n[pgbouncer]');
  });

  test('says each step in words', () => {
    expect(stepSentence({ session: 'app', connect: { user: 'alice', database: 'shop', ssl: true }, sql: 'SELECT 1' })).toBe('app connects as alice to shop over TLS, then sends SELECT 1');
    expect(stepSentence({ session: 'first', connect: {}, fails: true })).toBe('first connects (and fails, as it must)');
    expect(stepSentence({ session: 'app', idle: 2 })).toBe('app waits 2 s');
  });

  test("shows psql's output without the padding at the end of its lines", () => {
    const view = pgBouncerReproductionView(entry('client_idle_timeout').reproduction, pgBouncerObservation('client_idle_timeout'));
    expect(view.output?.text).toMatch(/^\?column\?\n-+\n +1\n\(1 row\)\n\nFATAL: {2}client_idle_timeout\n/);
    expect(view.output?.text).not.toMatch(/[ \t]$/m);
  });

  test('shows why it cannot run instead, where it cannot', () => {
    expect(pgBouncerReproductionView({ unavailable: 'Gone in 1.18.' }, undefined)).toEqual({ unavailable: 'Gone in 1.18.' });
  });
});

test('the index table links each message, with its summary where written', () => {
  const table = pgBouncerTableView([message('query_wait_timeout')], new Map([['query_wait_timeout', 'A client waited too long.']]), 'PgBouncer messages');
  expect(table.columns).toEqual(['Severity', 'SQLSTATE', 'Message']);
  expect(table.rows[0]!.map((cell) => text(cell.parts))).toEqual(['FATAL', '08P01', 'query_wait_timeout: A client waited too long.']);
  // The message is the words cell, which may wrap: the first cell of a code table never does.
  expect(table.rows[0]![2]!.class).toBe('words');
  expect(table.rows[0]![2]!.parts[0]).toEqual({ href: '/pgbouncer/query_wait_timeout/', parts: [{ format: 'query_wait_timeout', dialect: 'postgres' }] });
});
