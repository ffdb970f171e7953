// One explanation lives in one place: entries link to each other instead of repeating prose.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { findPgBouncerMessage } from '../../src/lib/databases/pgbouncer/facts';
import { ENTRY_FOLDERS } from '../support/written-pages';

const contentRoot = join(import.meta.dirname, '../../content');

/** Every prose string of an entry: the body and the frontmatter fields readers read as text. */
function proseOf(text: string): string[] {
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const data = parse(yaml);
  const fields = [
    data.summary,
    ...(data.causes ?? []).flatMap((c: { title: string; detail: string }) => [c.title, c.detail]),
    ...(data.fixes ?? []).flatMap((f: { title: string; when: string; why: string }) => [f.title, f.when, f.why]),
    ...(data.avoid ?? []).flatMap((a: { title: string; detail: string }) => [a.title, a.detail]),
    ...(data.related ?? []).map((r: { note: string }) => r.note),
    data.reproduction?.unavailable,
  ];
  // Code blocks in the body are SQL, not prose.
  return [...fields, body.replace(/```[\s\S]*?```/g, '')].filter((s): s is string => typeof s === 'string');
}

/** Sentences of twelve words or more, normalised so that only the wording counts. */
function longSentences(prose: string): string[] {
  return prose
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.toLowerCase().replace(/[`*_[\]()]/g, '').replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 12);
}

/** Every written entry file, as "<folder>/<name>.mdx". */
const entryFiles = () =>
  ENTRY_FOLDERS.flatMap((folder) =>
    readdirSync(join(contentRoot, folder))
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => `${folder}/${n}`),
  );

describe('written entries of every database', () => {
  // The built site's link check sees a wrong slug too, but only in a full build; this names the file at once.
  test('link PgBouncer pages by a slug of src/data/pgbouncer/messages.json', () => {
    const links = entryFiles().flatMap((name) =>
      proseOf(readFileSync(join(contentRoot, name), 'utf8')).flatMap((prose) => [...prose.matchAll(/\]\(\/pgbouncer\/([^)]*)\)/g)].map(([, path]) => ({ name, path: path! }))),
    );
    const wrong = links.filter(({ path }) => !/^[^/]+\/$/.test(path) || !findPgBouncerMessage(path.slice(0, -1))).map(({ name, path }) => `${name}: /pgbouncer/${path}`);
    expect(wrong).toEqual([]);
    expect(links.length, 'the PostgreSQL entries link the PgBouncer pages of the messages they mention').toBeGreaterThan(0);
  });

  test('repeat no sentence of twelve or more words in more than two entries', () => {
    const entriesBySentence = new Map<string, Set<string>>();
    for (const name of entryFiles()) {
      for (const sentence of proseOf(readFileSync(join(contentRoot, name), 'utf8')).flatMap(longSentences)) {
        entriesBySentence.set(sentence, (entriesBySentence.get(sentence) ?? new Set()).add(name));
      }
    }
    const repeated = [...entriesBySentence].filter(([, files]) => files.size > 2).map(([s, files]) => `${[...files].join(', ')}: ${s}`);
    expect(repeated).toEqual([]);
  });
});

describe('longSentences', () => {
  test('ignores case, markup and spacing', () => {
    const a = longSentences('The server closes the `connection` after **one** failed attempt to log in as this role.');
    const b = longSentences('the server closes the connection after one  failed attempt to log in as this role.');
    expect(a).toEqual(b);
    expect(a).toHaveLength(1);
  });

  test('skips sentences shorter than twelve words', () => {
    expect(longSentences('Short sentences may repeat.')).toEqual([]);
  });
});
