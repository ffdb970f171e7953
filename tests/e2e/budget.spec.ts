// The first-load budget over the built site: every page of every kind, with the stylesheets and
// scripts it references, fits one TCP initial window gzipped.
import { expect, test } from '@playwright/test';
import { FIRST_LOAD_BUDGET, firstLoad, renderBlockingScripts } from '../../src/lib/site/page-weight';
import { builtSite } from '../support/built-site';

const site = builtSite();

/**
 * The page kinds, by path under the base. Left out: condition-name pages, which only redirect, and
 * a code's full list of messages (/postgresql/<CODE>/messages/), a reference of up to 600 formats
 * that its entry page links to instead of carrying.
 */
const KINDS: [kind: string, path: RegExp][] = [
  ['home', /^$/],
  ['PostgreSQL index', /^postgresql\/$/],
  ['PostgreSQL class', /^postgresql\/class\/[0-9A-Z]{2}\/$/],
  ['PostgreSQL entry', /^postgresql\/[0-9A-Z]{5}\/$/],
  ['MySQL and MariaDB index', /^(mysql|mariadb)\/$/],
  ['MySQL and MariaDB class', /^(mysql|mariadb)\/class\/[0-9A-Z]{2}\/$/],
  ['MySQL and MariaDB number block', /^(mysql|mariadb)\/errors\/\d+-\d+\/$/],
  ['MySQL and MariaDB error', /^(mysql|mariadb)\/\d+\/$/],
  ['PgBouncer index', /^pgbouncer\/$/],
  ['PgBouncer message', /^pgbouncer\/[a-z0-9_-]+\/$/],
  ['SQLSTATE index', /^sqlstate\/$/],
  ['SQLSTATE class', /^sqlstate\/class\/[0-9A-Z]{2}\/$/],
  ['SQLSTATE across databases', /^sqlstate\/[0-9A-Z]{5}\/$/],
  ['search', /^search\/$/],
  ['API documentation', /^api\/$/],
];

test('keeps the first load of every page of every kind within 14,600 bytes gzipped', () => {
  const over: string[] = [];
  const summary: string[] = [];
  for (const [kind, pattern] of KINDS) {
    const pages = site.pages.filter((page) => pattern.test(page.path.slice(site.base.length)));
    expect(pages.length, `no ${kind} page was built`).toBeGreaterThan(0);
    const loads = pages.map((page) => ({ path: page.path, ...firstLoad(page.html, site.read) }));
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
  expect(site.pages.length).toBeGreaterThan(KINDS.length);
  expect(blocking).toEqual([]);
});
