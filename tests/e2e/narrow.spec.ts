// On a 390 px phone no page may scroll sideways: a long condition name, link or code line must
// wrap or scroll inside its own box. Every built page, not a sample: one long name is enough.
import { expect, test } from '@playwright/test';
import { builtSite } from '../support/built-site';

const PHONE = { width: 390, height: 844 };
// Condition-name pages only redirect (a meta refresh), so they have no layout of their own.
const pages = builtSite()
  .pages.filter((p) => !p.html.includes('http-equiv="refresh"'))
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
