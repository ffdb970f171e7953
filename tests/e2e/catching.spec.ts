// The "Catch it in code" block: on every entry page, readable without JavaScript, and a keyboard-
// operable set of tabs with it; the API carries the same names and verdicts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import codeData from '../../src/data/postgresql/codes.json' with { type: 'json' };

/** The section holding the block (#catch is its heading). */
const CATCH = 'section[aria-labelledby="catch"]';
const ERROR_TABS = ['PL/pgSQL', 'node-postgres', 'postgres.js', 'psycopg 3', 'psycopg2', 'asyncpg', 'JDBC', 'pgx (Go)', 'Npgsql (.NET)', 'pg (Ruby)', 'PHP PDO'];
/** The libraries every way of arriving has a tab for; a statement's error adds PL/pgSQL. */
const LIBRARY_TABS = ERROR_TABS.length - 1;

test('gives every entry page the block, with its retry verdict, a handler per library and way of arriving, and what ran', async ({ request }) => {
  const missing: string[] = [];
  for (const { code, kind } of codeData.codes) {
    const html = await (await request.get(`postgresql/${code}/`)).text();
    const catchSection = html.slice(html.indexOf('id="catch"'), html.indexOf('id="sources"'));
    const panels = [...catchSection.matchAll(/class="catch-panel"/g)].length;
    const groups = [...catchSection.matchAll(/class="stack-tabs"/g)].length;
    const ranLines = [...catchSection.matchAll(/Run against PostgreSQL in our tests: /g)].length;
    const expectedGroups = kind === 'success' ? 0 : code === '57P01' ? 2 : 1;
    const expectedPanels = expectedGroups * LIBRARY_TABS + Number(catchSection.includes('id="catch-plpgsql"'));
    if (!catchSection.includes('id="retry"') || !html.includes('href="#retry"') || groups !== expectedGroups || panels !== expectedPanels || ranLines !== groups) {
      missing.push(code);
    }
  }
  expect(missing).toEqual([]);
});

test('catches the lost connection on 57P02’s page, and reads the code from the notice only', async ({ page }) => {
  await page.goto('postgresql/57P02/');
  const section = page.locator(CATCH);
  await expect(section).toContainText('as a WARNING notice, then closes the connection');
  await expect(page.locator('#catch-plpgsql')).toHaveCount(0);
  await expect(page.locator('#catch-node-postgres pre')).toContainText("if (notice.code === '57P02')");
  await expect(page.locator('#catch-node-postgres pre')).not.toContainText("err.code !== '57P02'");
  await expect(page.locator('#catch-postgres-js pre')).toContainText("err.code !== 'CONNECTION_CLOSED'");
});

test('shows 57P01’s two ways of arriving, each with its own handlers', async ({ page }) => {
  await page.goto('postgresql/57P01/');
  await expect(page.locator(`${CATCH} [role="tablist"]`)).toHaveCount(2);
  await expect(page.locator('#catch-node-postgres pre')).toContainText("err.code !== '57P01'");
  await expect(page.locator('#catch-connection-lost-node-postgres pre')).toContainText('instanceof pg.DatabaseError');
  await expect(page.locator(CATCH)).toContainText('terminating connection due to immediate shutdown command');
});

test('reads as plain sections with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('postgresql/23505/');
  await expect(page.locator('.catch-panel h3')).toHaveText(ERROR_TABS);
  await expect(page.locator('.catch-panel pre')).toHaveCount(ERROR_TABS.length);
  for (const pre of await page.locator('.catch-panel pre').all()) await expect(pre).toBeVisible();
  await expect(page.locator('[role="tab"]')).toHaveCount(0);
  await context.close();
});

test('turns the sections into tabs that arrow keys move through', async ({ page }) => {
  await page.goto('postgresql/23505/');
  const tabs = page.locator(`${CATCH} [role="tab"]`);
  await expect(tabs).toHaveText(ERROR_TABS);
  await expect(page.locator(`${CATCH} [role="tabpanel"]:visible`)).toHaveCount(1);
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');

  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#catch-node-postgres')).toBeVisible();
  await expect(page.locator('#catch-plpgsql')).toBeHidden();

  await page.keyboard.press('End');
  await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#catch-ruby-pg')).toContainText('rescue PG::UniqueViolation');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');

  // Only the selected tab is in the tab order; Tab moves on into its panel.
  await expect(tabs.nth(2)).toHaveAttribute('tabindex', '-1');
});

test('remembers the library chosen on one page for the next', async ({ page }) => {
  await page.goto('postgresql/23505/');
  await page.locator(`${CATCH} [role="tab"]`, { hasText: 'psycopg 3' }).click();
  await page.goto('postgresql/40001/');
  await expect(page.locator(`${CATCH} [role="tab"][aria-selected="true"]`)).toHaveText('psycopg 3');
  await expect(page.locator('#catch-psycopg')).toContainText('except errors.SerializationFailure');
});

test('passes axe with the tabs in place', async ({ page }) => {
  await page.goto('postgresql/23505/');
  await expect(page.locator(`${CATCH} [role="tablist"]`)).toBeVisible();
  const results = await new AxeBuilder({ page }).include(CATCH).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('shows the retry verdict in the header and the reason in the block', async ({ page }) => {
  await page.goto('postgresql/40001/');
  await expect(page.locator('.badges a[href="#retry"]')).toHaveText('Retry? Yes, the whole transaction');
  await expect(page.locator('#retry')).toContainText('run the whole transaction again');
  await page.goto('postgresql/23505/');
  await expect(page.locator('.badges a[href="#retry"]')).toHaveText('Retry? No');
});

test('links the ORM wrappers to their documentation', async ({ page }) => {
  await page.goto('postgresql/23505/');
  const notes = page.locator('.orm-notes li');
  await expect(notes.filter({ hasText: 'Prisma' })).toContainText('P2002');
  await expect(notes.filter({ hasText: 'Active Record' })).toContainText('ActiveRecord::RecordNotUnique');
  await expect(notes.locator('a', { hasText: 'Django' })).toHaveAttribute('href', /docs\.djangoproject\.com/);
});

test('says where a library has no name for a code added recently', async ({ page }) => {
  await page.goto('postgresql/25P04/');
  await page.locator(`${CATCH} [role="tab"]`, { hasText: 'Npgsql' }).click();
  await expect(page.locator('#catch-npgsql')).toContainText('e.SqlState == "25P04"');
  await expect(page.locator('#catch-npgsql .catch-note')).toContainText('no constant for 25P04');
});

test('publishes the same names and verdict in /api/postgresql.json', async ({ request }) => {
  const api = await (await request.get('api/postgresql.json')).json();
  const byCode = new Map(api.codes.map((c: { code: string }) => [c.code, c]));
  expect(byCode.get('23505')).toMatchObject({
    catch: {
      arrivals: ['statement'],
      names: {
        plpgsql: 'unique_violation',
        psycopg: 'psycopg.errors.UniqueViolation',
        psycopg2: 'psycopg2.errors.UniqueViolation',
        asyncpg: 'asyncpg.exceptions.UniqueViolationError',
        npgsql: 'PostgresErrorCodes.UniqueViolation',
        pgerrcode: 'pgerrcode.UniqueViolation',
        'ruby-pg': 'PG::UniqueViolation',
      },
      retry: { verdict: 'do-not-retry' },
    },
  });
  expect(byCode.get('40001')).toMatchObject({ catch: { retry: { verdict: 'retry-transaction' }, names: { 'ruby-pg': 'PG::TRSerializationFailure' } } });
  expect(byCode.get('53300')).toMatchObject({ catch: { arrivals: ['connect'], retry: { verdict: 'reconnect-then-retry' } } });
  expect(byCode.get('57P01')).toMatchObject({ catch: { arrivals: ['session', 'connection-lost'] } });
  expect(byCode.get('57P02')).toMatchObject({ catch: { arrivals: ['connection-lost'] } });
  for (const code of ['01000', '01006', '01007', '01P01', '02000', '0L000', '0P000']) expect(byCode.get(code), code).toMatchObject({ catch: { arrivals: ['notice'] } });
  expect(byCode.get('25P04')).toMatchObject({ catch: { names: { npgsql: null, pgerrcode: null } } });
  for (const record of api.codes) expect(record.catch.retry.verdict).toMatch(/^(retry-transaction|reconnect-then-retry|do-not-retry|not-an-error)$/);
});
