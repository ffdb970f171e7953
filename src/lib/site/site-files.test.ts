import { describe, expect, test } from 'vitest';
import { attributeOf, headersFile, headersFor, pageHead, parseHeadersFile, robotsTxt, sitemapUrls, sitemapXml } from './site-files';

describe('pageHead', () => {
  test('reads the canonical URL, noindex and the policy from the head only', () => {
    const html =
      '<html><head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"><link rel="canonical" href="https://errors.test/a/?x=1&amp;y=2"><meta name="robots" content="noindex"></head>' +
      '<body><link rel="canonical" href="https://errors.test/wrong/"></body></html>';
    expect(pageHead(html)).toEqual({ canonical: 'https://errors.test/a/?x=1&y=2', noindex: true, csp: "default-src 'self'" });
  });

  test('reports what a page lacks', () => {
    expect(pageHead('<html><head><title>x</title></head></html>')).toEqual({ canonical: null, noindex: false, csp: null });
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
  const head = (canonical: string | null, noindex = false) => ({ canonical, noindex, csp: null });

  test('lists indexable pages that are their own canonical, once, in order', () => {
    expect(
      sitemapUrls([
        { url: 'https://errors.test/postgresql/23505/', head: head('https://errors.test/postgresql/23505/') },
        { url: 'https://errors.test/', head: head('https://errors.test/') },
        { url: 'https://errors.test/postgresql/unique_violation/', head: head('https://errors.test/postgresql/23505/', true) },
        { url: 'https://errors.test/search/', head: head('https://errors.test/search/', true) },
        { url: 'https://errors.test/postgresql/moved/', head: head('https://errors.test/postgresql/23505/') },
      ]),
    ).toEqual(['https://errors.test/', 'https://errors.test/postgresql/23505/']);
  });
});

describe('sitemapXml', () => {
  test('writes a sitemaps.org urlset with escaped locations', () => {
    const xml = sitemapXml(['https://errors.test/a/?x=1&y=2']);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://errors.test/a/?x=1&amp;y=2</loc></url>');
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
