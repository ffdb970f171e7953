import { describe, expect, test } from 'vitest';
import { brokenLinks, idsOf, linksOf, type BuiltPage } from './link-check';

describe('linksOf', () => {
  test('reads links, assets and form actions, decoding entities', () => {
    const html = '<a href="/a/?q=1&amp;b=2">a</a><link rel="icon" href="/i.svg"><script src="/s.js"></script><form action="/search/"></form><!-- <a href="/gone/"> -->';
    expect(linksOf(html).sort()).toEqual(['/a/?q=1&b=2', '/i.svg', '/s.js', '/search/']);
  });
});

describe('idsOf', () => {
  test('collects ids and anchor names', () => {
    expect([...idsOf('<h2 id="causes">x</h2><a name="old">y</a><div data-id="no">z</div>')].sort()).toEqual(['causes', 'old']);
  });
});

describe('brokenLinks', () => {
  const pages: BuiltPage[] = [
    { path: '/docs/', html: '<a href="postgresql/23505/#causes">ok</a><a href="/docs/postgresql/23505/#nope">bad anchor</a>' },
    { path: '/docs/postgresql/23505/', html: '<h2 id="causes">Causes</h2><a href="../../">home</a><a href="/docs/postgresql/99999/">missing</a>' },
    { path: '/docs/postgresql/42P01/', html: '<a href="/postgresql/23505/">no base</a><a href="/docs/postgresql/23505">no slash</a><a href="https://www.postgresql.org/docs/">external</a>' },
    { path: '/docs/404.html', html: '<link rel="canonical" href="https://errors.test/docs/postgresql/23505/"><img src="/docs/favicon.svg"><a href="mailto:x@errors.test">mail</a>' },
  ];
  const broken = brokenLinks(pages, {
    ownOrigins: ['http://localhost:4322', 'https://errors.test'],
    base: '/docs/',
    fileExists: (path) => path === '/docs/favicon.svg',
  });

  test('finds each kind of broken internal link, and only those', () => {
    expect(broken).toEqual([
      { page: '/docs/', link: '/docs/postgresql/23505/#nope', reason: 'no element with id "nope" on /docs/postgresql/23505/' },
      { page: '/docs/postgresql/23505/', link: '/docs/postgresql/99999/', reason: 'no such page or file' },
      { page: '/docs/postgresql/42P01/', link: '/postgresql/23505/', reason: 'outside the base path /docs/' },
      { page: '/docs/postgresql/42P01/', link: '/docs/postgresql/23505', reason: 'directory URL without its trailing slash' },
    ]);
  });
});
