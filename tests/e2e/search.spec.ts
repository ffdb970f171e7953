import { expect, test, type Page } from '@playwright/test';
import { allQueries } from '../support/dev-queries.mjs';
import { topCodes } from '../support/search-page.mjs';

async function firstResult(page: Page, query: string): Promise<string | null> {
  return (await topCodes(page, query, { count: 1 }))[0] ?? null;
}

test('opens the page of a code typed exactly', async ({ page }) => {
  await page.goto('search/?q=53300');
  await expect(page).toHaveURL(/\/postgresql\/53300\/$/);
  await expect(page.locator('h1')).toContainText('53300');
});

test('opens the page of a code typed in lower case', async ({ page }) => {
  expect(await firstResult(page, '2203a')).toBe('2203A');
});

test('opens the page of a condition name typed exactly', async ({ page }) => {
  await page.goto('search/?q=unique_violation');
  await expect(page).toHaveURL(/\/postgresql\/23505\/$/);
});

test('opens the page of a code submitted from the search box', async ({ page }) => {
  await page.goto('search/');
  await page.locator('#search-page-input').fill('40p01');
  await page.locator('#search-page-input').press('Enter');
  await expect(page).toHaveURL(/\/postgresql\/40P01\/$/);
});

test('says which words it read a misspelt query as', async ({ page }) => {
  expect(await firstResult(page, 'deadlok detected')).toBe('40P01');
  await expect(page.locator('#search-status')).toContainText('Showing results for “deadlock detected”');
});

test('shows the code’s summary under a result matched by one of its messages', async ({ page }) => {
  await firstResult(page, 'duplicate key value violates unique constraint "users_email_key"');
  const first = page.locator('#search-results li').first();
  await expect(first.locator('.summary')).not.toBeEmpty();
  expect(await first.locator('.summary').textContent()).not.toBe(await first.locator('.snippet').textContent());
});

test('finds a code after the word SQLSTATE', async ({ page }) => {
  expect(await firstResult(page, 'SQLSTATE 23505')).toBe('23505');
});

test('finds a condition name typed as words', async ({ page }) => {
  expect(await firstResult(page, 'undefined table')).toBe('42P01');
});

test('finds the code of a pasted message with its own identifiers', async ({ page }) => {
  expect(await firstResult(page, 'relation "users" does not exist')).toBe('42P01');
});

test('finds the code of a message fragment', async ({ page }) => {
  expect(await firstResult(page, 'too many clients')).toBe('53300');
});

test('shows code, condition name and a snippet for each result', async ({ page }) => {
  await firstResult(page, 'duplicate key value');
  const first = page.locator('#search-results li').first();
  await expect(first.locator('a')).toContainText('23505 PostgreSQL unique_violation');
  await expect(first.locator('.snippet')).not.toBeEmpty();
});

test('keeps the query in the URL as the reader types', async ({ page }) => {
  await page.goto('search/');
  await page.locator('#search-page-input').fill('deadlock');
  await expect(page).toHaveURL(/[?&]q=deadlock/);
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
});

test('says so when nothing matches, and links to the browse pages of every database', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('zzzzqqqq')}`);
  await expect(page.locator('#search-status')).toContainText('No results');
  const links = await page.locator('#search-status a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links.map((path) => path.split('/').slice(-2, -1)[0])).toEqual(['postgresql', 'mysql', 'mariadb', 'sqlstate']);
  for (const path of links) expect((await page.request.get(path)).status()).toBe(200);
});

test('makes no result of stop words: "frobnicate the widget" matched pages on "the"', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('frobnicate the widget')}`);
  await expect(page.locator('#search-status')).toContainText('No results');
  await expect(page.locator('[data-search-result]')).toHaveCount(0);
});

test('names the database of every result, PostgreSQL included', async ({ page }) => {
  await firstResult(page, 'too many connections');
  const labels = await page.locator('#search-results li .database').allTextContents();
  expect(labels.length).toBe(await page.locator('#search-results li').count());
  expect(labels).toContain('PostgreSQL');
});

test('says plainly when a paste has one sure answer', async ({ page }) => {
  expect(await firstResult(page, '2020-08-10 20:33:16.188 UTC [51233] ERROR:  requested WAL segment 000000060000000000000006 has already been removed')).toBe('58P01');
  await expect(page.locator('#search-status')).toHaveText('The answer: 58P01 undefined_file (PostgreSQL)');
  await expect(page.locator('#search-results li').first().locator('.snippet')).toContainText('ENOENT (No such file or directory) → 58P01');
});

test('loads no search code until the reader searches', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('postgresql/23505/');
  expect(requests.filter((url) => /pagefind|search\/index\.json|\.js$/.test(url))).toEqual([]);
});

test('puts the right code first for at least 97% of the queries, and in the top three for all', async ({ context }) => {
  test.setTimeout(300_000);
  const queries = allQueries();
  // Three pages at once: each query waits on its own downloads and rendering, not on the others.
  const PAGES = 3;
  const results = await Promise.all(
    Array.from({ length: PAGES }, async (_, lane) => {
      const page = await context.newPage();
      const mine = queries.filter((_, i) => i % PAGES === lane);
      const ranked: { query: string; expected: string[]; codes: string[] }[] = [];
      for (const { query, expected } of mine) ranked.push({ query, expected, codes: await topCodes(page, query) });
      await page.close();
      return ranked;
    }),
  );
  const all = results.flat();
  const notFirst = all.filter(({ expected, codes }) => !expected.includes(codes[0]!)).map(({ query, expected, codes }) => `${query} -> ${codes[0] ?? 'nothing'} (want ${expected.join('|')})`);
  const notTop3 = all.filter(({ expected, codes }) => !codes.some((code) => expected.includes(code!))).map(({ query }) => query);
  const firstPlace = (queries.length - notFirst.length) / queries.length;
  console.log(`search queries: ${queries.length - notFirst.length}/${queries.length} first (${(firstPlace * 100).toFixed(1)}%)\n${notFirst.join('\n')}`);
  expect(all).toHaveLength(queries.length);
  expect(firstPlace).toBeGreaterThanOrEqual(0.97);
  expect(notTop3).toEqual([]);
});

test.describe('bad input', () => {
  const hostile = {
    'a 10,000-character query': 'deadlock '.repeat(1_112).slice(0, 10_000),
    'control characters': 'dead\u0000lock\u0007 \u001b[31mdetected',
    'HTML and script tags': '<img src=x onerror="window.__injected=1"><script>window.__injected=1</script>',
    'regular-expression metacharacters': '.*+?^${}()|[]\\ (((( [[[ ** ++',
    'lone surrogates': 'relation \ud800 "users" \udfff does not exist',
  };

  for (const [name, query] of Object.entries(hostile)) {
    test(`survives ${name}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto('search/');
      await page.locator('#search-page-input').fill(query);
      await expect(page.locator('#search-status')).not.toHaveText(/^$|Searching/);
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
      await expect(page.locator('#search-results img, #search-results script')).toHaveCount(0);
    });
  }
});

test('says so when the search index cannot load, and still links to every code', async ({ page }) => {
  await page.route(/search\/index\.json|pagefind/, (route) => route.abort());
  await page.goto(`search/?q=${encodeURIComponent('sorry, too many clients already')}`);
  await expect(page.locator('#search-status')).toContainText('could not load');
  await expect(page.locator('#search-status a')).toHaveAttribute('href', /\/postgresql\/$/);
});

test('puts the cursor in the search box when the reader presses /', async ({ page }) => {
  await page.goto('postgresql/23505/');
  await page.keyboard.press('/');
  await expect(page.locator('#header-search')).toBeFocused();
  await expect(page.locator('#header-search')).toHaveValue('');
});

test('puts the cursor in the search box on Ctrl+K', async ({ page }) => {
  await page.goto('postgresql/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#header-search')).toBeFocused();
});

test('moves from the search box to the results with the arrow keys', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('deadlock detected')}`);
  await page.locator('[data-search-result]').first().waitFor();
  await page.locator('#search-page-input').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-search-result]').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/postgresql\/40P01\/$/);
});

test('keeps the spaces around highlighted words in full-text snippets', async ({ page }) => {
  // Words of the written guides, not of any message: only full text answers them.
  await page.goto(`search/?q=${encodeURIComponent('reserved word quoted identifier')}`);
  const marked = page.locator('#search-results mark').first();
  await marked.waitFor();
  const snippet = await marked.locator('xpath=..').textContent();
  const word = (await marked.textContent())!;
  expect(snippet).toMatch(new RegExp(`(^|\\s)${word}(\\s|[.,:;]|$)`));
});
