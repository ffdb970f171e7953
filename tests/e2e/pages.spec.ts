import { expect, test } from '@playwright/test';
import codeData from '../../src/data/postgresql/codes.json' with { type: 'json' };
import { builtSite } from '../support/built-site';

const codes = codeData.codes.map((c) => c.code);

test('gives every SQLSTATE a page with the code and condition name in its h1 and title', async ({ request }) => {
  const wrong: string[] = [];
  for (const { code, condition } of codeData.codes) {
    const response = await request.get(`postgresql/${code}/`);
    const html = await response.text();
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    if (response.status() !== 200 || !h1.includes(code) || !h1.includes(condition) || !title.includes(code)) wrong.push(code);
  }
  expect(wrong).toEqual([]);
});

test('lists every code on the all-codes page, grouped by class, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('postgresql/');
  const listed = await page.locator('table.code-table td:first-child a').allTextContents();
  expect([...listed].sort()).toEqual([...codes].sort());
  await expect(page.locator('h2#class-23')).toContainText('Integrity Constraint Violation');
  await context.close();
});

test('lists the codes of a class on its page', async ({ page }) => {
  await page.goto('postgresql/class/40/');
  await expect(page.locator('h1')).toHaveText('Class 40: Transaction Rollback');
  await expect(page.locator('table.code-table')).toContainText('40P01');
});

test('leads a condition name to its code', async ({ page }) => {
  await page.goto('postgresql/unique_violation/');
  await expect(page).toHaveURL(/\/postgresql\/23505\/$/);
});

test('gives a condition-name page a canonical link to the code', async ({ request }) => {
  const html = await (await request.get('postgresql/unique_violation/')).text();
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/postgresql\/23505\/"/);
});

test('lists both codes where two share a condition name', async ({ page }) => {
  await page.goto('postgresql/string_data_right_truncation/');
  await expect(page.locator('main a[href$="/postgresql/01004/"]')).toBeVisible();
  await expect(page.locator('main a[href$="/postgresql/22001/"]')).toBeVisible();
});

test('shows a written entry in the documented section order', async ({ page }) => {
  await page.goto('postgresql/53300/');
  const sections = await page.locator('article h2').evaluateAll((headings) => headings.map((h) => h.id));
  expect(sections).toEqual(['meaning', 'causes', 'fixes', 'avoid', 'reproduce', 'messages', 'catch', 'related', 'sources']);
});

test('lists the sections of an entry under "On this page", each linking to its heading', async ({ page }) => {
  await page.goto('postgresql/23505/');
  const targets = await page.locator('.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const headings = await page.locator('article h2').evaluateAll((headings) => headings.map((h) => `#${h.id}`));
  expect(targets).toEqual(headings);
});

test('keeps "On this page" beside the text on a wide screen and above it on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('postgresql/23505/');
  const toc = await page.locator('.toc div').boundingBox();
  const text = await page.locator('article h1').boundingBox();
  expect(toc!.x).toBeGreaterThan(text!.x + 48 * 16 - 1);
  await page.locator('#sources').scrollIntoViewIfNeeded();
  expect((await page.locator('.toc div').boundingBox())!.y).toBeGreaterThanOrEqual(0);

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('postgresql/23505/');
  const narrowToc = await page.locator('.toc').boundingBox();
  const meaning = await page.locator('#meaning').boundingBox();
  expect(narrowToc!.y).toBeLessThan(meaning!.y);
  expect(narrowToc!.y).toBeLessThan(800);
});

test('shows the output the newest server printed, with the version it ran on', async ({ page }) => {
  await page.goto('postgresql/53300/');
  await expect(page.locator('section:has(> #reproduce) pre.output')).toHaveText('FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute');
  await expect(page.locator('section:has(> #reproduce)')).toContainText(/printed by PostgreSQL 18\.\d+/);
  await expect(page.locator('.badge.verified')).toHaveText('Reproduced on PostgreSQL 14 to 18');
});

test('shows where an older major words the error differently, as the matrix found it', async ({ page }) => {
  await page.goto('postgresql/53300/');
  const matrix = page.locator('section:has(> #reproduce) .matrix');
  await expect(matrix).toContainText(/Same output on PostgreSQL 16\.\d+, 17\.\d+ and 18\.\d+\./);
  await expect(matrix.locator('li', { hasText: /PostgreSQL 15\.\d+: other wording/ })).toContainText('remaining connection slots are reserved for non-replication superuser connections');
});

test('says on which majors a reproduction does not raise the code', async ({ page }) => {
  await page.goto('postgresql/42501/');
  await expect(page.locator('.badge.verified')).toHaveText('Reproduced on PostgreSQL 15 to 18');
  await expect(page.locator('section:has(> #reproduce) .matrix li', { hasText: /PostgreSQL 14\.\d+: not reproduced/ })).toContainText('ran without an error');
});

test('says on the home page how many codes have a written guide and a reproduction, from the data', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.hero')).toContainText(`All ${codes.length} codes PostgreSQL defines have a written guide.`);
  await expect(page.locator('.hero')).toContainText(/\d+ of them are reproduced on a real server in this site's tests, \d+ on every major from PostgreSQL 14 to 18/);
});

test('says when core PostgreSQL never raises a code', async ({ page }) => {
  await page.goto('postgresql/08004/');
  await expect(page.locator('.badges')).toContainText('Never raised by core PostgreSQL');
});

test('reads an entry completely with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('postgresql/53300/');
  await expect(page.locator('h1')).toContainText('53300');
  await expect(page.locator('ul.messages').first()).toContainText('sorry, too many clients already');
  await expect(page.locator('.fix').first()).toBeVisible();
  await context.close();
});

test('puts the search box first on the home page', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('main input').first()).toHaveAttribute('name', 'q');
  await expect(page.locator('main a[href$="/postgresql/53300/"]')).toBeVisible();
});

test('answers an unknown address with a 404 page that offers search', async ({ page }) => {
  const response = await page.goto('postgresql/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main form[role="search"], main [role="search"] form')).toBeVisible();
});

test('words the home, search and 404 pages for every database, and links each database\'s errors from them', async ({ page }) => {
  const names = ['PostgreSQL', 'MySQL', 'MariaDB'];
  for (const path of ['', 'search/', 'postgresql/no-such-page/']) {
    await page.goto(path);
    const h1 = (await page.locator('h1').textContent()) ?? '';
    const lead = await page.locator('main').innerText();
    // The heading or, on the 404 page, the text under it names all three.
    for (const name of names) expect(path === 'postgresql/no-such-page/' ? lead : h1, `${path || 'home'}: ${name}`).toContain(name);
  }
  await page.goto('postgresql/no-such-page/');
  for (const index of ['postgresql/', 'mysql/', 'mariadb/', 'sqlstate/']) await expect(page.locator(`main a[href$="/${index}"]`)).toBeVisible();
  await page.goto('');
  // MySQL's and MariaDB's own examples beside PostgreSQL's, each with its database's index.
  await expect(page.locator('main a[href$="/mysql/1062/"]')).toContainText('ER_DUP_ENTRY');
  await expect(page.locator('main a[href$="/mariadb/2002/"]')).toBeVisible();
  for (const index of ['postgresql/', 'mysql/', 'mariadb/']) await expect(page.locator(`main a[href$="/${index}"]`).first()).toBeVisible();
});

test('never counts one thing with a plural noun, on any page or in any description', () => {
  const site = builtSite();
  // "The 1 PostgreSQL SQLSTATE codes of class 0Z", as 27 class pages said.
  const onePlural = /\b(?:The|the|All) 1 (?:\S+ ){0,3}(?:codes|numbers|errors|messages|SQLSTATEs)\b/;
  const slips = site.pages.flatMap((page) => {
    const text = page.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const description = /<meta name="description" content="([^"]*)"/.exec(page.html)?.[1] ?? '';
    return [text, description].flatMap((t) => onePlural.exec(t)?.[0] ?? []).map((slip) => `${page.path}: ${slip}`);
  });
  expect(site.pages.length).toBeGreaterThan(1000);
  expect(slips).toEqual([]);
});

test('labels catch tabs without nesting parentheses', async ({ page }) => {
  await page.goto('mysql/1062/');
  const labels = await page.locator('.catch-panel h3').allTextContents();
  expect(labels).toContain('Python (mysqlclient, MySQLdb)');
  expect(labels.filter((label) => /\([^)]*\(/.test(label))).toEqual([]);
});

test('keeps the space after each sentence the home page composes from counts', async ({ page }) => {
  await page.goto('');
  const hero = await page.locator('.hero').innerText();
  // A full stop straight before a digit or a capital is two sentences run together ("guide.176").
  expect(hero).toMatch(/written guide\. \d+ of them/);
  expect(hero.match(/[a-z]\.[0-9A-Z]/g)).toBeNull();
});

test('fills the 404 page\'s search with the words of the address', async ({ page }) => {
  await page.goto('errors/too-many-clients/');
  await expect(page.locator('#notfound-search')).toHaveValue('too many clients');
});

test('leads a code address in lower case to the code\'s page', async ({ page }) => {
  await page.goto('postgresql/2203a/');
  await expect(page).toHaveURL(/\/postgresql\/2203A\/$/);
  await expect(page.locator('h1')).toContainText('2203A');
});

test('publishes every code with its facts in /api/postgresql.json', async ({ request }) => {
  const api = await (await request.get('api/postgresql.json')).json();
  expect(api.codes.map((c: { code: string }) => c.code)).toEqual(codes);
  const byCode = new Map(api.codes.map((c: { code: string }) => [c.code, c]));
  expect(byCode.get('08004')).toMatchObject({ condition: 'sqlserver_rejected_establishment_of_sqlconnection', class: '08', raisedByPostgres: false, messages: [] });
  expect(byCode.get('42P01')).toMatchObject({ classTitle: 'Syntax Error or Access Rule Violation', raisedByPostgres: true });
  expect((byCode.get('42P01') as { messages: string[] }).messages).toContain('relation "%s" does not exist');
  expect(byCode.get('53300')).toMatchObject({
    url: expect.stringMatching(/\/postgresql\/53300\/$/),
    reproduction: {
      scenario: 'reserved-connection-slots',
      observed: {
        '18': { raised: { sqlstate: '53300', severity: 'FATAL', message: 'remaining connection slots are reserved for roles with the SUPERUSER attribute' } },
        '15': { raised: { sqlstate: '53300', severity: 'FATAL', message: 'remaining connection slots are reserved for non-replication superuser connections' } },
      },
    },
  });
  expect(byCode.get('2200B')).toMatchObject({ reproduction: null });
});

test('publishes every written entry\'s fixes in /api/postgresql.json, each run on the server or saying why not', async ({ request }) => {
  type ApiFix = { title: string; lang: string; code: string; tested?: string[]; untested?: string };
  const api = await (await request.get('api/postgresql.json')).json();
  const fixes: ApiFix[] = api.codes.flatMap((c: { written: boolean; fixes: ApiFix[] | null }) => (c.written ? c.fixes! : []));
  expect(fixes.length).toBeGreaterThan(700);
  const unproven = fixes.filter((fix) => (fix.tested === undefined) === (fix.untested === undefined));
  expect(unproven.map((fix) => fix.title), 'each fix has exactly one of tested and untested').toEqual([]);
  // Nine SQL fixes in ten ran on the server; the ones that did not say why (a second cluster, a
  // third-party wrapper, psql's own commands). Those that use a feature newer than 14 run from its
  // release on, so fewer run on every major: 85% at the last count, a floor that must not drop.
  const sql = fixes.filter((fix) => fix.lang === 'sql');
  expect(sql.filter((fix) => fix.tested).length / sql.length).toBeGreaterThanOrEqual(0.9);
  const everyMajor = sql.filter((fix) => fix.tested?.join() === '14,15,16,17,18');
  expect(everyMajor.length / sql.length).toBeGreaterThanOrEqual(0.85);
  const withFix = api.codes.find((c: { code: string }) => c.code === '0Z002');
  expect(withFix.fixes[0]).toMatchObject({ title: 'Read the diagnostics inside the EXCEPTION clause', tested: ['14', '15', '16', '17', '18'] });
});

test('says under a fix that ran where it ran', async ({ page }) => {
  await page.goto('postgresql/0Z002/');
  await expect(page.locator('.fix').first().locator('.ran')).toHaveText('Ran on PostgreSQL 14 to 18.');
});
