// On a 390 px phone no page may scroll sideways: a long condition name, link or code line must
// wrap or scroll inside its own box. Every page but the 3,000 MySQL and MariaDB pages made from
// the data alone, which share one template: of those, the ones with the longest unbroken word
// (a symbol, a message token) in each database, where one long name is enough.
import { expect, test } from '@playwright/test';
import { builtSite, isMySqlDataPage } from '../support/built-site';
import { MYSQL_FAMILY, mysqlErrors } from '../../src/lib/databases/mysql-family/facts';

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
// Condition-name pages only redirect (a meta refresh), so they have no layout of their own.
const pages = site.pages
  .filter((p) => !p.html.includes('http-equiv="refresh"'))
  .filter((p) => !isMySqlDataPage(p) || widestDataPages.has(p.path))
  .map((p) => p.path);
const BATCHES = 8;

test.describe('on a 390 px phone', () => {
  test.use({ viewport: PHONE });

  for (let batch = 0; batch < BATCHES; batch += 1) {
    const paths = pages.filter((_, i) => i % BATCHES === batch);
    test(`no page scrolls sideways (batch ${batch + 1} of ${BATCHES}, ${paths.length} pages)`, async ({ page }) => {
      const wide: string[] = [];
      for (const path of paths) {
        await page.goto(path.replace(/^\//, ''), { waitUntil: 'load' });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > PHONE.width) wide.push(`${path}: ${width} px`);
      }
      expect(wide).toEqual([]);
    });
  }
});
