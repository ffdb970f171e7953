// MySQL, MariaDB and the SQLSTATE pages across databases, as a reader meets them.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { clientText, type MySqlObservationFile } from '../../src/lib/reproduction/mysql-observations';
import { topCodes } from '../support/search-page.mjs';
import { builtSite } from '../support/built-site';
import { errorsWithSqlState, sqlStatesInUse, type DatabaseId } from '../../src/lib/databases';
import { findMySqlError, mysqlErrors } from '../../src/lib/databases/mysql-family/facts';

const recorded = (number: number) =>
  (JSON.parse(readFileSync(new URL(`../../src/data/mariadb/observations/${number}.json`, import.meta.url), 'utf8')) as MySqlObservationFile).raised!;

test.describe('a MySQL error page', () => {
  test('shows the number, the symbol, the SQLSTATE and the message format', async ({ page }) => {
    await page.goto('mysql/1062/');
    await expect(page.locator('h1')).toContainText('1062');
    await expect(page.locator('h1')).toContainText('ER_DUP_ENTRY');
    await expect(page.locator('.badges a[href$="/sqlstate/23000/"]')).toBeVisible();
    // Read as words, with the placeholders in each word's title and the raw format one click away.
    await expect(page.locator('#messages ~ ul.messages .format')).toHaveText("Duplicate entry 'value' for key 'name'");
    await expect(page.locator('#messages ~ ul.messages .format var').first()).toHaveAttribute('title', '%-.64s');
    await page.locator('#messages ~ ul.messages details summary').click();
    await expect(page.locator('#messages ~ ul.messages details code')).toHaveText("Duplicate entry '%-.64s' for key '%-.385s'");
  });

  test('says its output is the message format, since no MySQL server runs in the tests', async ({ page }) => {
    await page.goto('mysql/1062/');
    await expect(page.locator('section:has(#reproduce)')).toContainText('no MySQL server runs in this site');
  });

  test("names each library's own constant in Catch it in code", async ({ page }) => {
    await page.goto('mysql/1062/');
    await expect(page.locator('#catch-connector-j pre')).toContainText('MysqlErrorNumbers.ER_DUP_ENTRY');
    await expect(page.locator('#catch-mysqlconnector pre')).toContainText('MySqlErrorCode.DuplicateKeyEntry');
  });

  test('says a client error comes from the client library', async ({ page }) => {
    await page.goto('mysql/2006/');
    await expect(page.locator('.badges')).toContainText('Raised by the client library');
  });
});

test.describe('a MariaDB error page', () => {
  test('shows what MariaDB printed in the tests', async ({ page }) => {
    await page.goto('mariadb/1062/');
    await expect(page.locator('pre.output')).toHaveText(clientText(recorded(1062)));
    await expect(page.locator('.badges .verified')).toContainText('Reproduced on MariaDB');
  });

  test('catches 1040 around the connect call, in PHP too, and says which handlers ran', async ({ page }) => {
    await page.goto('mariadb/1040/');
    await expect(page.locator('#catch-mysql2 pre')).toContainText('connection = await mysql.createConnection(options);');
    await expect(page.locator('#catch-pdo pre')).toContainText('$pdo = new PDO($dsn, $user, $password);');
    await expect(page.locator('section:has(#catch)')).toContainText('Each handler ran against MariaDB 10.11');
  });

  test('shows what the client printed for a client error', async ({ page }) => {
    await page.goto('mariadb/2006/');
    await expect(page.locator('pre.output')).toHaveText(clientText(recorded(2006)));
  });
});

test.describe('a SQLSTATE page', () => {
  test('links the page of each database that uses the code', async ({ page }) => {
    await page.goto('sqlstate/08004/');
    for (const path of ['postgresql/08004/', 'mysql/1040/', 'mariadb/1040/']) await expect(page.locator(`main a[href$="/${path}"]`).first()).toBeVisible();
  });

  test('says PostgreSQL never raises 08004', async ({ page }) => {
    await page.goto('sqlstate/08004/');
    await expect(page.locator('section:has(#in-postgresql)')).toContainText('never raises');
  });

  test("warns that MySQL's 23000 stands for many errors", async ({ page }) => {
    await page.goto('sqlstate/23000/');
    await expect(page.locator('.notice')).toContainText('error number');
  });
});

test.describe('the SQLSTATE index and class pages', () => {
  test('name every code on the index, by class, and say on each class page what each means and who uses it', async ({ page }) => {
    await page.goto('sqlstate/');
    const class23 = page.locator('section:has(> #class-23)');
    await expect(class23.locator('li', { has: page.locator('a[href$="/sqlstate/23505/"]') })).toHaveText('23505 unique_violation');
    await expect(page.locator('section:has(> #class-42) li', { has: page.locator('a[href$="/sqlstate/42S02/"]') })).toContainText('ER_BAD_TABLE_ERROR');
    expect(await page.locator('main li a[href*="/sqlstate/"]').count()).toBe(sqlStatesInUse.length);
    await class23.locator('a[href$="/sqlstate/class/23/"]').click();
    const row = page.locator('tr', { has: page.locator('a[href$="/sqlstate/23000/"]') });
    // 23000's own note says what it means across the databases; MySQL reports many errors with it.
    await expect(row.locator('td.words')).toHaveText(/./);
    await expect(row).toContainText(/PostgreSQL, MySQL \(\d+\), MariaDB \(\d+\)/);
    await expect(page.locator('tr', { has: page.locator('a[href$="/sqlstate/23505/"]') }).locator('td.words')).not.toBeEmpty();
  });
});

test.describe('message formats', () => {
  test("read 'user'@'host' in a table of errors, not '%-.48s'@'%-.64s'", async ({ page }) => {
    // A number without a written guide, whose row shows its message format rather than a summary.
    const written = new Set(readdirSync(new URL('../../content/mysql/', import.meta.url)).map((name) => Number.parseInt(name, 10)));
    const unwritten = [...mysqlErrors('mysql')].find((error) => !written.has(error.number) && error.message.includes("'%-.48s'@'%-.64s'"))!.number;
    await page.goto(`mysql/errors/${Math.floor(unwritten / 100) * 100}-${Math.floor(unwritten / 100) * 100 + 99}/`);
    const row = page.locator('tr', { has: page.locator(`a[href$="/mysql/${unwritten}/"]`) });
    await expect(row).toContainText("'user'@'host'");
    await expect(row).not.toContainText('%-.48s');
  });

  test('read a pasted message\'s format as words in the search results', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent("Access denied for user 'app'@'10.0.0.7' to database 'shop'")}`);
    const snippet = page.locator('#search-results li').first().locator('.snippet');
    await expect(snippet).toContainText("'user'@'host'");
    await expect(snippet.locator('var').first()).toHaveAttribute('title', /^%/);
  });
});

test.describe('links between databases', () => {
  test("links every error page to its SQLSTATE page where another database uses the code, and only there", () => {
    const site = builtSite();
    const missing: string[] = [];
    const errorPages = site.pages.filter((p) => /\/(postgresql\/[0-9A-Z]{5}|(mysql|mariadb)\/\d+)\/$/.test(p.path));
    expect(errorPages.length).toBeGreaterThan(3000);
    for (const p of errorPages) {
      // The paths filtered above are PostgreSQL's, MySQL's and MariaDB's, never PgBouncer's.
      const [database, id] = p.path.slice(site.base.length).split('/') as [Exclude<DatabaseId, 'pgbouncer'>, string];
      const sqlstate = database === 'postgresql' ? id : findMySqlError(database, Number(id))!.sqlstate;
      const others = errorsWithSqlState(sqlstate).filter((use) => use.database.id !== database);
      const linked = p.html.includes(`too: <a href="${site.base}sqlstate/${sqlstate}/"`);
      if (linked !== others.length > 0) missing.push(`${p.path}: ${others.length} other databases, linked ${linked}`);
    }
    expect(missing).toEqual([]);
  });

  test("links MySQL's and MariaDB's 1040 from PostgreSQL's 08004", async ({ page }) => {
    await page.goto('postgresql/08004/');
    await expect(page.locator('main a[href$="/mysql/1040/"]').first()).toBeVisible();
    await expect(page.locator('main a[href$="/mariadb/1040/"]').first()).toBeVisible();
    await expect(page.locator('main a[href$="/sqlstate/08004/"]')).toBeVisible();
  });

  test("gives PostgreSQL's retry verdict on /sqlstate/08004/ with why MySQL's 1040 differs", async ({ page }) => {
    await page.goto('sqlstate/08004/');
    const postgres = page.locator('section:has(> #in-postgresql)');
    await expect(postgres.locator('.badge.retry')).toHaveText('No');
    await expect(postgres).toContainText(/1040, a full server, sends 08004 too and passes after a backoff/);
    // The note under the summary says the same of 1040, 1251 and pgjdbc.
    await expect(page.locator('article')).toContainText('A 1040 clears as other clients disconnect');
  });
});

test.describe('search across databases', () => {
  test('opens the page across databases of a bare SQLSTATE several of them use', async ({ page }) => {
    await page.goto('search/?q=08004');
    await expect(page).toHaveURL(/\/sqlstate\/08004\/$/);
  });

  test("opens MySQL's page of a bare error number", async ({ page }) => {
    await page.goto('search/?q=1062');
    await expect(page).toHaveURL(/\/mysql\/1062\/$/);
  });

  test("puts the database whose client printed the words first: MariaDB's, then MySQL's", async ({ page }) => {
    expect((await topCodes(page, 'ERROR 2006 (HY000): Server has gone away', { count: 1 }))[0]).toBe('mariadb/2006');
    expect((await topCodes(page, 'ERROR 2006 (HY000): MySQL server has gone away', { count: 1 }))[0]).toBe('mysql/2006');
  });

  test('labels a MySQL result with its database', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent("Duplicate entry 'a@x.com' for key 'users.email'")}`);
    await expect(page.locator('[data-search-result]').first()).toContainText('MySQL');
    await expect(page.locator('[data-search-result]').first()).toHaveAttribute('href', /\/mysql\/1062\/$/);
  });

  test("keeps PostgreSQL first for its own words, though MySQL's 1040 says Too many connections", async ({ page }) => {
    expect((await topCodes(page, 'too many connections', { count: 1 }))[0]).toBe('53300');
  });
});
