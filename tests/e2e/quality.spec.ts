// What every reader expects, in a real browser: the site reads without JavaScript, passes axe in
// both colour schemes, loads nothing from other hosts, runs under its Content-Security-Policy
// without a violation, switches themes without a flash, and copies code.
import { expect, test, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { messagesOf } from '../../src/lib/databases/postgresql/facts';
import { MESSAGES_ON_ENTRY } from '../../src/lib/entries/entry-messages';
import { CODE_BACKGROUNDS } from '../../src/lib/rendering/code-colors';

/** Everything a page does that the site forbids: other hosts, CSP violations, script errors. */
function watch(page: Page) {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text().slice(0, 200)}`);
  });
  return { requests, problems };
}

/** The browser's own count of CSP violations, which does not depend on console wording. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('reads an entry completely: title, messages, causes, fixes and code', async ({ page }) => {
    await page.goto('postgresql/23505/');
    await expect(page.locator('h1')).toContainText('23505 unique_violation');
    await expect(page.locator('#messages ~ ul.messages li').first()).toBeVisible();
    await expect(page.locator('#causes ~ ol li').first()).toBeVisible();
    await expect(page.locator('.fix').first()).toBeVisible();
    await expect(page.locator('pre.astro-code').first()).toBeVisible();
    // Controls that need a script stay out of the way.
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await expect(page.locator('.copy-button')).toHaveCount(0);
  });

  test('reads the all-codes list and a class page', async ({ page }) => {
    await page.goto('postgresql/');
    await expect(page.locator('table.code-table').first()).toBeVisible();
    await expect(page.locator('a[href$="/postgresql/23505/"]')).toBeVisible();
    await page.goto('postgresql/class/23/');
    await expect(page.locator('h1')).toHaveText('Class 23: Integrity Constraint Violation');
    await expect(page.locator('table.code-table tbody tr')).toHaveCount(await page.locator('table.code-table tbody a').count());
    await expect(page.locator('table.code-table')).toContainText('unique_violation');
  });

  test('keeps the most common messages on a long entry and every one on its messages page', async ({ page }) => {
    const all = messagesOf('0A000').length;
    expect(all).toBeGreaterThan(MESSAGES_ON_ENTRY);
    await page.goto('postgresql/0A000/');
    await expect(page.locator('#messages ~ ul.messages li')).toHaveCount(MESSAGES_ON_ENTRY);
    await page.locator(`a:has-text("All ${all} messages raised with 0A000")`).click();
    await expect(page).toHaveURL(/\/postgresql\/0A000\/messages\/$/);
    await expect(page.locator('ul.messages li')).toHaveCount(all);
  });
});

const AXE_PAGES: [name: string, path: string][] = [
  ['home', ''],
  ['all codes', 'postgresql/'],
  ['a class page', 'postgresql/class/23/'],
  ['a written entry (23505)', 'postgresql/23505/'],
  ['a written entry with a messages page (0A000)', 'postgresql/0A000/'],
  ['an entry from the data only (2200B)', 'postgresql/2200B/'],
  ['the search page with results', 'search/?q=duplicate%20key'],
  ['the search page with MySQL results', 'search/?q=Duplicate%20entry%20%27a%40x.com%27%20for%20key%20%27users.email%27'],
  ['the MySQL index', 'mysql/'],
  ['a MySQL class page', 'mysql/class/23/'],
  ['a MySQL block of numbers', 'mysql/errors/1000-1099/'],
  ['a written MySQL entry (1062)', 'mysql/1062/'],
  ['a written MariaDB entry with its recorded output (1062)', 'mariadb/1062/'],
  ['a MariaDB error from the data only (4025)', 'mariadb/4025/'],
  ['the PgBouncer index', 'pgbouncer/'],
  ['a written PgBouncer entry with its recorded output (query_wait_timeout)', 'pgbouncer/query_wait_timeout/'],
  ['a PgBouncer message from the data only, with its places in the source', 'pgbouncer/admin-a-database-is-required/'],
  ['the SQLSTATE index', 'sqlstate/'],
  ['a SQLSTATE class page', 'sqlstate/class/42/'],
  ['a SQLSTATE across databases (08004)', 'sqlstate/08004/'],
  ['the API documentation', 'api/'],
  ['the 404 page', 'no-such-page/'],
];

// Both schemes in one visit: the colours follow prefers-color-scheme in CSS alone (no transition),
// so switching the emulated setting repaints the page as loading it in that scheme would.
test.describe('axe, light and dark schemes', () => {
  for (const [name, path] of AXE_PAGES) {
    test(`finds no violation on ${name}`, async ({ page }) => {
      // Two axe passes on the longest pages: the CI run, busy with every major's fix checks, took 33 s.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      if (path.startsWith('search/')) await page.locator('[data-search-result]').first().waitFor();
      // Scripts add buttons (copy, theme): check the page as a reader with JavaScript sees it.
      await page.waitForLoadState('networkidle');
      const backgrounds = new Set<string>();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
        const { violations } = await new AxeBuilder({ page }).analyze();
        const summary = violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.failureSummary ?? ''}`);
        expect(summary, `${colorScheme} scheme`).toEqual([]);
      }
      expect(backgrounds.size, 'the page repainted in the other scheme').toBe(2);
    });
  }
});

test('loads nothing from another host and breaks no CSP rule while reading and searching', async ({ page, baseURL }) => {
  const { requests, problems } = watch(page);
  await recordViolations(page);
  const origin = new URL(baseURL!).origin;

  await page.goto('');
  await page.goto('postgresql/23505/');
  await page.waitForLoadState('networkidle');
  expect(await violations(page)).toEqual([]);
  // Reading loads no search code: the search bundle waits for a search.
  expect(requests.filter((url) => /pagefind|search\/index\.json/.test(url))).toEqual([]);

  await page.locator('#header-search').fill('duplicate key value violates unique constraint');
  await page.locator('#header-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await page.locator('[data-search-result]').first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(await violations(page)).toEqual([]);
  expect(requests.some((url) => url.includes('search/index.json'))).toBe(true);
  // Pagefind's full-text search runs its WebAssembly in a worker, which the policy in _headers
  // governs (a <meta> policy reaches only the page): it must still answer.
  const fullTextHits = await page.evaluate(async () => {
    const base = new URL('..', location.href).pathname;
    const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await pagefind.options({ baseUrl: base });
    return (await pagefind.search('constraint')).results.length;
  });
  expect(fullTextHits).toBeGreaterThan(0);
  expect(requests.some((url) => /pagefind\/wasm\./.test(url))).toBe(true);

  await page.locator('a[data-search-result]').first().click();
  await expect(page.locator('h1')).toBeVisible();

  expect(requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
  expect(problems).toEqual([]);
});

test('enforces the CSP in this browser: an injected inline script is refused and reported', async ({ page }) => {
  await recordViolations(page);
  await page.goto('postgresql/23505/');
  await page.addScriptTag({ content: 'window.injected = true' }).catch(() => {});
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect((await violations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
});

test.describe('themes', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const codeBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('pre.astro-code')!).backgroundColor);
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

  test('follow the system setting', async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme });
      await page.goto('postgresql/23505/');
      expect(await codeBackground(page)).toBe(rgb(CODE_BACKGROUNDS[colorScheme]));
      await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', String(colorScheme === 'dark'));
      await page.close();
    }
  });

  test('switch with the header button, recolour the code, and keep the choice on the next page', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('postgresql/23505/');
    const token = page.locator('pre.astro-code span[class^="l"]').first();
    const lightText = await background(page);
    const lightToken = await token.evaluate((el) => getComputedStyle(el).color);

    await page.locator('[data-theme-toggle]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).not.toBe(lightText);
    expect(await codeBackground(page)).toBe(rgb(CODE_BACKGROUNDS.dark));
    expect(await token.evaluate((el) => getComputedStyle(el).color)).not.toBe(lightToken);

    await page.goto('postgresql/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // Back to light, the system's own: the page follows the system again.
    await page.locator('[data-theme-toggle]').click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  });

  test('paint the stored theme from the head, before any of the body arrives', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('postgresql/23505/');
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    // Serve the page cut right after <body>: whatever sets the theme must already have run.
    await page.route('**/postgresql/23505/', async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      await route.fulfill({ response, body: html.slice(0, html.indexOf('<body>') + '<body>'.length) });
    });
    await page.goto('postgresql/23505/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const darkPage = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.color = 'light-dark(rgb(1, 1, 1), rgb(2, 2, 2))';
      document.body.append(probe);
      return getComputedStyle(probe).color;
    });
    expect(darkPage).toBe('rgb(2, 2, 2)');
  });
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy the code in the title and the text of a code block', async ({ page }) => {
    await page.goto('postgresql/23505/');
    const blocks = page.locator('main pre');
    await expect(page.locator('main .code-block > pre + .copy-button')).toHaveCount(await blocks.count());

    await page.locator('.title-row .copy-button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('23505');
    await expect(page.locator('.title-row .copy-button')).toHaveText('Copied');

    const block = blocks.first();
    await block.locator('xpath=following-sibling::button[1]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await block.textContent());
    expect(copied.length).toBeGreaterThan(10);
    expect(copied).not.toContain('Copy');
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  });
});

test('shows a skip link and a focus ring to keyboard readers', async ({ page }) => {
  await page.goto('postgresql/23505/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.y >= 0).toBe(true);
  const ring = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);

  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.evaluate((el) => el.closest('main') !== null)).toBe(true);
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});
