// The "most likely" box starts on the first screen of every written page, on a phone and on a
// laptop: the reader with production down sees a fix before scrolling. The written pages come from
// the entry files, not from the built pages, so a page that lost its box fails instead of
// dropping out. One page per viewport, moved from page to page: fast enough for all of them.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const SCREENS = [
  { name: 'a 390×844 phone', width: 390, height: 844 },
  { name: 'a 1280×800 laptop', width: 1280, height: 800 },
];
const written = ['postgresql', 'mysql', 'mariadb', 'pgbouncer'].flatMap((database) =>
  readdirSync(`content/${database}`)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `${database}/${file.replace(/\.mdx$/, '')}/`),
);

for (const screen of SCREENS) {
  test(`the box starts on the first screen of every written page, on ${screen.name}`, async ({ page }) => {
    // 0.45 to 0.65 s a page was measured on 2 cores at a load average of 24; a second each leaves room.
    test.setTimeout(written.length * 1_000);
    await page.setViewportSize(screen);
    const late: string[] = [];
    for (const path of written) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      const top = await page.evaluate(() => document.querySelector('[data-first-fix]')?.getBoundingClientRect().top ?? null);
      if (top === null || top < 0 || top >= screen.height) late.push(`${path}: ${top === null ? 'no box' : `${Math.round(top)} px`}`);
    }
    expect(written.length).toBeGreaterThan(300);
    expect(late, `box not on the first ${screen.height} px`).toEqual([]);
  });
}

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
