// The first-load budget over the built site: every home, all-codes, class and entry page, with
// the stylesheets and scripts it references, fits one TCP initial window gzipped.
import { expect, test } from '@playwright/test';
import codeData from '../../src/data/postgresql/codes.json' with { type: 'json' };
import { FIRST_LOAD_BUDGET, firstLoad, renderBlockingScripts } from '../../src/lib/site/page-weight';
import { builtSite } from '../support/built-site';

const site = builtSite();
const kinds: [kind: string, paths: string[]][] = [
  ['home', [site.base]],
  ['all codes', [`${site.base}postgresql/`]],
  ['class', codeData.classes.map((c) => `${site.base}postgresql/class/${c.class}/`)],
  ['entry', codeData.codes.map((c) => `${site.base}postgresql/${c.code}/`)],
];

test('keeps the first load of every home, all-codes, class and entry page within 14,600 bytes gzipped', () => {
  const byPath = new Map(site.pages.map((page) => [page.path, page]));
  const over: string[] = [];
  const summary: string[] = [];
  for (const [kind, paths] of kinds) {
    const loads = paths.map((path) => {
      const page = byPath.get(path);
      if (!page) throw new Error(`${path} was not built`);
      return { path, ...firstLoad(page.html, site.read) };
    });
    for (const load of loads) {
      if (load.total > FIRST_LOAD_BUDGET) {
        const assets = load.assets.map((a) => ` + ${a.url} ${a.bytes}`).join('');
        over.push(`${load.path}: ${load.total} bytes (HTML ${load.html}${assets})`);
      }
    }
    const largest = loads.reduce((a, b) => (b.total > a.total ? b : a));
    summary.push(`${kind}: ${loads.length} pages, largest ${largest.path} ${largest.total} bytes`);
  }
  test.info().annotations.push({ type: 'first load', description: summary.join('; ') });
  console.log(`first load (gzip, budget ${FIRST_LOAD_BUDGET}): ${summary.join('; ')}`);
  expect(over, `over the ${FIRST_LOAD_BUDGET}-byte budget`).toEqual([]);
});

test('has no render-blocking script on any page', () => {
  const blocking = site.pages.flatMap((page) => renderBlockingScripts(page.html).map((src) => `${page.path}: ${src}`));
  expect(site.pages.length).toBeGreaterThan(codeData.codes.length);
  expect(blocking).toEqual([]);
});
