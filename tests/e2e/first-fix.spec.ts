// The "most likely" box starts on the first screen of every written page, on a phone and on a
// laptop: the reader with production down sees a fix before scrolling. The same visit checks the
// page on the narrowest phone in use, where nothing may scroll sideways (narrow.spec.ts checks the
// other pages): the layout is CSS alone, so resizing the window lays the page out as loading it at
// that size would, and one navigation a page serves three screens.
import { expect, test } from '@playwright/test';
import { writtenPages } from '../support/written-pages';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const SMALL_PHONE = { width: 320, height: 640 };
const BATCHES = 4;

test.describe('every written page', () => {
  test.use({ viewport: PHONE });

  test('is found: there are more than 300', () => expect(writtenPages.length).toBeGreaterThan(300));

  for (let batch = 0; batch < BATCHES; batch += 1) {
    const paths = writtenPages.filter((_, i) => i % BATCHES === batch);
    test(`starts the box on the first screen of a 390×844 phone and a 1280×800 laptop, and does not scroll sideways at 320 px (batch ${batch + 1} of ${BATCHES}, ${paths.length} pages)`, async ({ page }) => {
      // 0.45 to 0.65 s a page was measured on 2 cores at a load average of 24; a second and a half each leaves room.
      test.setTimeout(paths.length * 1_500);
      const late: string[] = [];
      const wide: string[] = [];
      const boxTop = () => page.evaluate(() => document.querySelector('[data-first-fix]')?.getBoundingClientRect().top ?? null);
      for (const path of paths) {
        await page.setViewportSize(PHONE);
        await page.goto(path, { waitUntil: 'load' });
        for (const screen of [PHONE, LAPTOP]) {
          if (screen !== PHONE) await page.setViewportSize(screen);
          const top = await boxTop();
          if (top === null || top < 0 || top >= screen.height) late.push(`${path} at ${screen.width} px: ${top === null ? 'no box' : `${Math.round(top)} px`}`);
        }
        await page.setViewportSize(SMALL_PHONE);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > SMALL_PHONE.width) wide.push(`${path}: ${width} px`);
      }
      expect(late, 'box not on the first screen').toEqual([]);
      expect(wide, 'wider than a 320 px phone').toEqual([]);
    });
  }
});

test('the box names the first cause and links the fix that removes it, which the cause links too', async ({ page }) => {
  await page.goto('postgresql/23505/');
  const box = page.locator('[data-first-fix]');
  await expect(box.locator('p')).toHaveText('Most likely: The value really is there already. Fix: Insert with ON CONFLICT DO NOTHING instead of checking first');
  await expect(box.locator('a')).toHaveText('Insert with ON CONFLICT DO NOTHING instead of checking first');
  await expect(box.locator('pre')).toHaveText('INSERT INTO users (email) VALUES ($1)\nON CONFLICT (email) DO NOTHING\nRETURNING id;');
  await box.locator('a').click();
  await expect(page.locator('.fix:target h3')).toHaveText('Insert with ON CONFLICT DO NOTHING instead of checking first');
  const sequence = page.locator('#causes + ol > li', { hasText: 'The sequence is behind the rows' });
  await expect(sequence.locator('a[href="#fix-4"]')).toHaveText('Move the sequence past the highest id');
  await expect(page.locator('#fix-4 h3')).toHaveText('Move the sequence past the highest id');
});

test('a MySQL page has the same box, from its own entry', async ({ page }) => {
  await page.goto('mysql/1045/');
  const box = page.locator('[data-first-fix]');
  await expect(box).toContainText('Most likely: The password is wrong, or missing.');
  await expect(box.locator('a')).toHaveAttribute('href', '#fix-2');
  await expect(page.locator('#fix-2 h3')).toHaveText('Create or fix the account for the host the server saw');
});

test('a fix written per stack opens the stack chosen in "Catch it in code", on this page and the next', async ({ page }) => {
  await page.goto('postgresql/23505/');
  const fixTabs = page.locator('#fix-5 [role="tab"]');
  await expect(fixTabs).toHaveText(['node-postgres', 'psycopg 3']);
  await expect(page.locator('#fix-5-node-postgres')).toBeVisible();
  await page.locator('section[aria-labelledby="catch"] [role="tab"]', { hasText: 'psycopg 3' }).click();
  await expect(page.locator('#fix-5-psycopg')).toContainText('except errors.UniqueViolation as err:');
  await expect(page.locator('#fix-5-node-postgres')).toBeHidden();
  await page.reload();
  await expect(page.locator('#fix-5 [role="tab"][aria-selected="true"]')).toHaveText('psycopg 3');
  // And the other way: a choice among the fix's tabs moves the catch tabs.
  await fixTabs.filter({ hasText: 'node-postgres' }).click();
  await expect(page.locator('#catch-node-postgres')).toBeVisible();
});
