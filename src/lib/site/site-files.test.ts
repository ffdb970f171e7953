import { describe, expect, test } from 'vitest';
import { attributeOf, headersFile, headersFor, newest, pageHead, parseHeadersFile, redirectsFile, robotsTxt, sitemapGroups, sitemapIndexXml, SITEMAP_FOLDERS, sitemapUrls, sitemapXml, type PageHead } from './site-files';

describe('pageHead', () => {
  test('reads the canonical URL, noindex and the policy from the head only', () => {
    const html =
      '<html><head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"><link rel="canonical" href="https://errors.test/a/?x=1&amp;y=2"><meta name="robots" content="noindex"></head>' +
      '<body><link rel="canonical" href="https://errors.test/wrong/"></body></html>';
    expect(pageHead(html)).toEqual({ canonical: 'https://errors.test/a/?x=1&y=2', noindex: true, csp: "default-src 'self'", modified: null, refresh: null });
  });

  test("reads the JSON-LD's dateModified and a meta refresh's target", () => {
    const html =
      '<html><head><meta http-equiv="refresh" content="0;url=/postgresql/23505/">' +
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"TechArticle","dateModified":"2026-12-07T19:50:37+00:00"}]}</script></head></html>';
    expect(pageHead(html)).toMatchObject({ modified: '2026-12-07T19:50:37+00:00', refresh: '/postgresql/23505/' });
  });

  test('reports what a page lacks', () => {
    expect(pageHead('<html><head><title>x</title></head></html>')).toEqual({ canonical: null, noindex: false, csp: null, modified: null, refresh: null });
  });
});

describe('attributeOf', () => {
  test('reads double-quoted, single-quoted and bare values', () => {
    expect(attributeOf('<a href="x" data-a=\'y\' data-b=z>', 'href')).toBe('x');
    expect(attributeOf('<a href="x" data-a=\'y\' data-b=z>', 'data-a')).toBe('y');
    expect(attributeOf('<a href="x" data-a=\'y\' data-b=z>', 'data-b')).toBe('z');
    expect(attributeOf('<a data-href="x">', 'href')).toBeNull();
  });
});

describe('sitemapUrls', () => {
  const head = (canonical: string | null, noindex = false, modified: string | null = null): PageHead => ({ canonical, noindex, csp: null, modified, refresh: null });

  test('lists indexable pages that are their own canonical, once, in order, dated where the page is', () => {
    expect(
      sitemapUrls([
        { url: 'https://errors.test/postgresql/23505/', head: head('https://errors.test/postgresql/23505/', false, '2026-12-07T19:50:37+00:00') },
        { url: 'https://errors.test/', head: head('https://errors.test/') },
        { url: 'https://errors.test/postgresql/unique_violation/', head: head('https://errors.test/postgresql/23505/') },
        { url: 'https://errors.test/mysql/1005/', head: head(null, true) },
        { url: 'https://errors.test/search/', head: head('https://errors.test/search/', true) },
        { url: 'https://errors.test/postgresql/moved/', head: head('https://errors.test/postgresql/23505/') },
      ]),
    ).toEqual([{ url: 'https://errors.test/' }, { url: 'https://errors.test/postgresql/23505/', lastmod: '2026-12-07T19:50:37+00:00' }]);
  });
});

describe('sitemapGroups', () => {
  test("files each URL under its database's folder, the rest under pages", () => {
    const groups = sitemapGroups(
      [{ url: 'https://errors.test/docs/' }, { url: 'https://errors.test/docs/mysql/1062/' }, { url: 'https://errors.test/docs/postgresql/23505/' }, { url: 'https://errors.test/docs/mysql/' }],
      'https://errors.test/docs/',
      ['postgresql', 'mysql', 'mariadb', 'sqlstate'],
    );
    expect([...groups]).toEqual([
      ['pages', [{ url: 'https://errors.test/docs/' }]],
      ['mysql', [{ url: 'https://errors.test/docs/mysql/1062/' }, { url: 'https://errors.test/docs/mysql/' }]],
      ['postgresql', [{ url: 'https://errors.test/docs/postgresql/23505/' }]],
    ]);
  });
});

test('gives every database a sitemap of its own', async () => {
  const { databases } = await import('../databases');
  expect(databases.map((database) => database.path.replace(/\/$/, '')).filter((folder) => !SITEMAP_FOLDERS.includes(folder))).toEqual([]);
});

describe('sitemapXml and sitemapIndexXml', () => {
  test('write a sitemaps.org urlset with escaped locations and lastmod where known', () => {
    const xml = sitemapXml([{ url: 'https://errors.test/a/?x=1&y=2' }, { url: 'https://errors.test/b/', lastmod: '2026-12-07T19:50:37+00:00' }]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://errors.test/a/?x=1&amp;y=2</loc></url>');
    expect(xml).toContain('<url><loc>https://errors.test/b/</loc><lastmod>2026-12-07T19:50:37+00:00</lastmod></url>');
  });

  test('write an index of sitemaps', () => {
    const xml = sitemapIndexXml([{ url: 'https://errors.test/sitemap-mysql.xml', lastmod: '2026-12-07T19:50:37+00:00' }]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<sitemap><loc>https://errors.test/sitemap-mysql.xml</loc><lastmod>2026-12-07T19:50:37+00:00</lastmod></sitemap>');
  });
});

describe('newest', () => {
  test('compares instants, not strings, and ignores unknown dates', () => {
    expect(newest(['2026-12-07T10:00:00+00:00', undefined, '2026-12-07T11:30:00+02:00'])).toBe('2026-12-07T10:00:00+00:00');
    expect(newest([undefined])).toBeUndefined();
  });
});

describe('redirectsFile', () => {
  test('turns each forwarding page into a 301 from its path to its target', () => {
    const page = (url: string, refresh: string | null) => ({ url, head: { canonical: null, noindex: false, csp: null, modified: null, refresh } });
    expect(
      redirectsFile([page('https://errors.test/docs/postgresql/unique_violation/', '/docs/postgresql/23505/'), page('https://errors.test/docs/postgresql/23505/', null)]),
    ).toBe('/docs/postgresql/unique_violation/ /docs/postgresql/23505/ 301\n');
  });
});

describe('robotsTxt', () => {
  test('allows everything and names the sitemap', () => {
    expect(robotsTxt('https://errors.test/docs/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://errors.test/docs/sitemap.xml\n');
  });
});

describe('headersFile', () => {
  test('sends the page policy, plus what only a header can carry, for every path under the base', () => {
    const file = headersFile('/docs', "default-src 'self'; script-src 'self'");
    expect(file.split('\n')[0]).toBe('/docs/*');
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors 'none'\n");
  });
});

describe('parseHeadersFile and headersFor', () => {
  const rules = parseHeadersFile(headersFile('/docs/', "default-src 'self'") + '\n/docs/search/\n  X-Robots-Tag: noindex\n');

  test('reads back what headersFile writes', () => {
    expect(rules[0]).toEqual({
      pattern: '/docs/*',
      headers: [
        ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    });
  });

  test('gives a path the headers of every rule that matches it', () => {
    expect(headersFor('/docs/pagefind/pagefind-worker.js', rules).map(([name]) => name)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
    ]);
    expect(headersFor('/docs/search/', rules).map(([name]) => name)).toContain('X-Robots-Tag');
    expect(headersFor('/other/', rules)).toEqual([]);
  });

  test('lets any origin read the API, and only the API', () => {
    expect(headersFor('/docs/api/postgresql/23505.json', rules)).toContainEqual(['Access-Control-Allow-Origin', '*']);
    expect(headersFor('/docs/postgresql/23505/', rules).map(([name]) => name)).not.toContain('Access-Control-Allow-Origin');
  });

  test('lets browsers keep content-hashed files for a year', () => {
    expect(headersFor('/docs/_astro/search.C-w75NTu.js', rules)).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
    expect(headersFor('/docs/pagefind/index/en_abdcfa6.pf_index', rules)).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
  });

  test('keeps files that keep their name across builds for an hour', () => {
    expect(headersFor('/docs/search/index.json', rules)).toContainEqual(['Cache-Control', 'public, max-age=3600']);
    expect(headersFor('/docs/pagefind/pagefind.js', rules)).toContainEqual(['Cache-Control', 'public, max-age=3600']);
  });

  test('gives every file one Cache-Control at most, and pages none', () => {
    const paths = ['/docs/', '/docs/postgresql/23505/', '/docs/_astro/a.js', '/docs/pagefind/fragment/en_1.pf_fragment', '/docs/search/index.json', '/docs/pagefind/wasm.en.pagefind'];
    const counts = paths.map((path) => headersFor(path, rules).filter(([name]) => name === 'Cache-Control').length);
    expect(counts).toEqual([0, 0, 1, 1, 1, 1]);
  });

  test('refuses a header line outside any path', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/outside a path/);
  });
});
