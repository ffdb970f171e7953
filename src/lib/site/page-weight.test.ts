import { describe, expect, test } from 'vitest';
import { firstLoad, gzipSize, referencedAssets, renderBlockingScripts } from './page-weight';

describe('referencedAssets', () => {
  test('lists stylesheets, preloads and scripts the page fetches, not icons or data blocks', () => {
    const html = [
      '<link rel="stylesheet" href="/_astro/a.css">',
      '<link rel="modulepreload" href="/_astro/chunk.js">',
      '<link rel="preload" as="style" href="/_astro/b.css">',
      '<link rel="icon" href="/favicon.svg">',
      '<link rel="canonical" href="https://errors.test/">',
      '<script type="module" src="/_astro/page.js"></script>',
      '<script type="application/ld+json">{}</script>',
      '<script>inline()</script>',
    ].join('');
    expect(referencedAssets(html)).toEqual(['/_astro/a.css', '/_astro/chunk.js', '/_astro/b.css', '/_astro/page.js']);
  });
});

describe('gzipSize', () => {
  test('counts compressed bytes: repeated text shrinks, and bytes and strings agree', () => {
    const text = 'PostgreSQL '.repeat(200);
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
    expect(gzipSize(new TextEncoder().encode(text))).toBe(gzipSize(text));
  });
});

describe('firstLoad', () => {
  test('adds the gzipped page and each gzipped asset it references', () => {
    const css = 'body{margin:0}'.repeat(50);
    const html = `<html><head><link rel="stylesheet" href="/s.css"></head><body>${'x'.repeat(500)}</body></html>`;
    const load = firstLoad(html, (url) => (url === '/s.css' ? css : ''));
    expect(load.html).toBe(gzipSize(html));
    expect(load.assets).toEqual([{ url: '/s.css', bytes: gzipSize(css) }]);
    expect(load.total).toBe(gzipSize(html) + gzipSize(css));
  });
});

describe('renderBlockingScripts', () => {
  test('flags external classic scripts only', () => {
    const html = [
      '<script src="/blocking.js"></script>',
      '<script src="/deferred.js" defer></script>',
      '<script async src="/async.js"></script>',
      '<script type="module" src="/module.js"></script>',
      '<script>inline()</script>',
    ].join('');
    expect(renderBlockingScripts(html)).toEqual(['/blocking.js']);
  });
});
