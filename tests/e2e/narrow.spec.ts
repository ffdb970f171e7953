// Phones. On a 320 px phone, the narrowest in use, no page may scroll sideways: a long condition
// name, link or code line must wrap or scroll inside its own box. 390 px falls under the same
// media queries (40rem and 30rem), so what fits 320 px fits it. Every page is checked here but the
// written ones (first-fix.spec.ts checks those) and those made from the data alone on a shared
// template (3,000 MySQL and MariaDB pages, the SQLSTATE pages, the message lists): of those, the
// ones with the longest unbroken word, where one long name is enough.
// Then the header, the tables and the touch targets, on real pages.
import { expect, test, type Page } from '@playwright/test';
import { builtSite, isMySqlDataPage } from '../support/built-site';
import { writtenPages } from '../support/written-pages';
import { MYSQL_FAMILY, mysqlErrors } from '../../src/lib/databases/mysql-family/facts';
import { lighthouseScores } from '../../scripts/bench/lighthouse.mjs';

const SMALL_PHONE = { width: 320, height: 640 };
const PHONE = { width: 390, height: 844 };
const WIDEST_DATA_PAGES = 40;
const site = builtSite();
const longestWord = (text: string) => Math.max(...text.split(/\s+/).map((word) => word.length));
const widestDataPages = new Set(
  MYSQL_FAMILY.flatMap((database) =>
    [...mysqlErrors(database)]
      .sort((a, b) => Math.max(longestWord(b.message), b.symbol.length) - Math.max(longestWord(a.message), a.symbol.length))
      .slice(0, WIDEST_DATA_PAGES)
      .map((error) => `${site.base}${database}/${error.number}/`),
  ),
);
/**
 * The SQLSTATE pages across databases and PostgreSQL's full message lists also share a template
 * each and hold only data: of those too, the ones with the longest unbroken word in their text.
 */
const TEMPLATE_KINDS = [/\/sqlstate\/[0-9A-Z]{5}\/$/, /\/postgresql\/[0-9A-Z]{5}\/messages\/$/];
const textOf = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
const widestTemplatePages = new Set(
  TEMPLATE_KINDS.flatMap((kind) =>
    site.pages
      .filter((p) => kind.test(p.path))
      .map((p) => ({ path: p.path, longest: longestWord(textOf(p.html)) }))
      .sort((a, b) => b.longest - a.longest)
      .slice(0, WIDEST_DATA_PAGES)
      .map((p) => p.path),
  ),
);
const isTemplatePage = (path: string) => TEMPLATE_KINDS.some((kind) => kind.test(path));
// Condition-name pages only redirect (a meta refresh), so they have no layout of their own; the
// written pages are checked at 320 px by first-fix.spec.ts, in the visit that measures their box.
const checkedWithTheirBox = new Set(writtenPages.map((path) => `${site.base}${path}`));
const pages = site.pages
  .filter((p) => !p.html.includes('http-equiv="refresh"'))
  .filter((p) => !checkedWithTheirBox.has(p.path))
  .filter((p) => !isMySqlDataPage(p) || widestDataPages.has(p.path))
  .filter((p) => !isTemplatePage(p.path) || widestTemplatePages.has(p.path))
  .map((p) => p.path);
const BATCHES = 8;
/** One page of each kind a reader lands on, with the header search (entries, indexes) and without (home, search, 404). */
const KINDS = ['', 'search/', 'no-such-page/', 'postgresql/23505/', 'postgresql/', 'mysql/', 'mysql/1062/', 'mariadb/errors/1000-1099/', 'sqlstate/', 'sqlstate/08004/'];

test.describe('on a 320 px phone', () => {
  test.use({ viewport: SMALL_PHONE });

  for (let batch = 0; batch < BATCHES; batch += 1) {
    const paths = pages.filter((_, i) => i % BATCHES === batch);
    test(`no page scrolls sideways (batch ${batch + 1} of ${BATCHES}, ${paths.length} pages)`, async ({ page }) => {
      test.setTimeout(120_000);
      const wide: string[] = [];
      for (const path of paths) {
        await page.goto(path.replace(/^\//, ''), { waitUntil: 'load' });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > SMALL_PHONE.width) wide.push(`${path}: ${width} px`);
      }
      expect(wide).toEqual([]);
    });
  }

  test('cuts no text off on the home page: every element ends inside the screen', async ({ page }) => {
    await page.goto('');
    const cut = await page.evaluate((width) =>
      [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > width + 0.5).map((e) => e.outerHTML.slice(0, 80)),
    SMALL_PHONE.width);
    expect(cut).toEqual([]);
  });
});

/** The header's height, and the top of each nav link: one line when they are all the same. */
const headerOf = (page: Page) =>
  page.evaluate(() => ({
    height: document.querySelector('.site-header')!.getBoundingClientRect().height,
    navTops: [...document.querySelectorAll('.site-nav a')].map((a) => Math.round(a.getBoundingClientRect().top)),
    navLinks: [...document.querySelectorAll<HTMLAnchorElement>('.site-nav a')].map((a) => a.textContent),
    navScrolls: (() => {
      const nav = document.querySelector('.site-nav')!;
      return nav.scrollWidth > nav.clientWidth;
    })(),
  }));

test.describe('on a 390 px phone', () => {
  test.use({ viewport: PHONE });

  test('keeps the header within 100 px, its nav on one line and without a Search link beside the box', async ({ page }) => {
    for (const path of KINDS) {
      await page.goto(path);
      const header = await headerOf(page);
      expect(header.height, path).toBeLessThanOrEqual(100);
      expect(new Set(header.navTops).size, `${path}: nav rows`).toBe(1);
      expect(header.navScrolls, `${path}: nav cut off`).toBe(false);
      expect(header.navLinks).toEqual(['PostgreSQL', 'MySQL', 'MariaDB', 'SQLSTATE']);
    }
  });

  test('shows each table row as a card, its words breaking only between words', async ({ page }) => {
    for (const path of ['mysql/', 'postgresql/class/23/', 'mysql/errors/1000-1099/', 'sqlstate/class/42/']) {
      await page.goto(path);
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableElement>('.code-table')].map((table) => {
          const cells = [...table.querySelectorAll<HTMLElement>('td.words')];
          const broken: string[] = [];
          for (const cell of cells) {
            // Each run of letters and digits on one line: one on two lines was cut mid-word ("connectio-n").
            // Spaces, hyphens and punctuation ("log-filename", "%s.(1-999)") are the places to break.
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of node.textContent!.matchAll(/[\p{L}\p{N}]+/gu)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
                if (lines.size > 1 && range.getBoundingClientRect().width < cell.clientWidth) broken.push(match[0]);
              }
            }
          }
          return {
            header: getComputedStyle(table.querySelector('thead')!).display,
            row: getComputedStyle(table.querySelector('tbody tr')!).display,
            narrowest: Math.min(...cells.map((cell) => cell.getBoundingClientRect().width / table.getBoundingClientRect().width)),
            cells: cells.length,
            broken,
          };
        }),
      );
      expect(tables.length, path).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table, path).toMatchObject({ header: 'none', row: 'block', broken: [] });
        // The words take the card's full width, not a 90 px column.
        if (table.cells > 0) expect(table.narrowest, path).toBeGreaterThan(0.95);
      }
    }
  });

  test('gives every "On this page" link a touch target at least 24 px tall', async ({ page }) => {
    await page.goto('postgresql/23505/');
    const heights = await page.locator('.toc a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(3);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
  });
});

test('scores 100 for accessibility in Lighthouse on an entry page (its touch targets included)', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const [result] = await lighthouseScores([new URL('postgresql/23505/', baseURL).href], 1, ['accessibility']);
  expect(result.losses).toEqual([]);
  expect(result.scores.accessibility).toBe(100);
});
