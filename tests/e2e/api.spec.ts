// The built API: every file is listed, follows its schema, and a tool on another origin can read it.
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { builtSite } from '../support/built-site';

const site = builtSite();
const json = (path: string) => JSON.parse(site.read(`${site.base}${path}`).toString());
const index = json('api/index.json');
type Kind = { kind: string; schema: string; files: string[] };

test('lists in the index every JSON file under api/, each once, with its schema', () => {
  const listed: string[] = index.kinds.flatMap((kind: Kind) => kind.files);
  const schemas: string[] = index.kinds.map((kind: Kind) => kind.schema);
  const built = (readdirSync(join(site.root, 'api'), { recursive: true }) as string[]).filter((file) => file.endsWith('.json')).map((file) => `api/${file.split(sep).join('/')}`);
  expect([...listed, ...schemas].sort()).toEqual([...built].sort());
  expect(new Set(listed).size).toBe(listed.length);
  expect(listed).toEqual(expect.arrayContaining(['api/postgresql.json', 'api/mysql.json', 'api/mariadb.json', 'api/sqlstate.json', 'api/postgresql/23505.json', 'api/mysql/1062.json', 'api/mariadb/1062.json']));
});

test('every file follows its kind\'s schema and names it, with the index\'s schema version', () => {
  const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
  const problems: string[] = [];
  for (const { kind, schema, files } of index.kinds as Kind[]) {
    const validate = ajv.compile(json(schema));
    for (const file of files) {
      const data = json(file);
      if (!validate(data)) problems.push(...validate.errors!.slice(0, 3).map((e) => `${file}${e.instancePath} ${e.message}`));
      if (!String(data.$schema).endsWith(`/${schema}`)) problems.push(`${file}: $schema ${data.$schema} is not ${schema}`);
      if (data.schemaVersion !== index.schemaVersion) problems.push(`${file}: schemaVersion ${data.schemaVersion}, the index says ${index.schemaVersion}`);
      if (kind.endsWith('-code')) for (const m of data.messages) new RegExp(m.pattern, data.patternFlags);
    }
  }
  expect(problems).toEqual([]);
});

test('keeps PostgreSQL\'s compact map within 20 KB gzipped', () => {
  const bytes = gzipSync(site.read(`${site.base}api/postgresql/codes.json`)).length;
  expect(bytes).toBeLessThanOrEqual(20 * 1024);
  expect(Object.keys(json('api/postgresql/codes.json').codes)).toHaveLength(json('api/postgresql.json').codes.length);
});

test('gives a code\'s file the same record as its database\'s file, plus a pattern per format', () => {
  const whole = json('api/mariadb.json').errors.find((e: { number: number }) => e.number === 1062);
  const one = json('api/mariadb/1062.json');
  expect({ ...one, messages: one.messages.map((m: { format: string }) => m.format) }).toMatchObject(whole);
  expect(one.reproduction.observed.raised.message).toMatch(new RegExp(one.messages[0].pattern, one.patternFlags));
});

test('lets any origin read the API, and sends the Markdown copies as Markdown', async ({ request }) => {
  const api = await request.get('api/postgresql/23505.json');
  expect(api.headers()['access-control-allow-origin']).toBe('*');
  expect((await request.get('postgresql/23505/')).headers()['access-control-allow-origin']).toBeUndefined();
  const copy = await request.get('postgresql/23505.md');
  expect(copy.headers()['content-type']).toContain('text/markdown');
  expect(await copy.text()).toMatch(/^# PostgreSQL 23505 unique_violation\n/);
});

test('llms.txt links the API and a Markdown copy for every written entry of each database', async ({ request }) => {
  const text = await (await request.get('llms.txt')).text();
  const links = [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => new URL(m[1]!, 'http://localhost/').pathname);
  for (const path of ['/api/', '/api/index.json', '/postgresql/', '/mysql/', '/mariadb/', '/sqlstate/', '/postgresql/23505.md', '/mysql/1062.md', '/mariadb/1062.md']) {
    expect(links).toContain(`${site.base.slice(0, -1)}${path}`);
  }
  const written = site.pages.filter((page) => /\/(postgresql\/[0-9A-Z]{5}|(mysql|mariadb)\/\d+)\/$/.test(page.path) && !page.html.includes('No written guide for'));
  const copies = links.filter((link) => link.endsWith('.md'));
  expect(copies.length).toBe(written.length);
  for (const copy of copies) expect(site.exists(copy), copy).toBe(true);
});

test('the API page documents every kind of file and is linked from every page\'s footer', async ({ page }) => {
  await page.goto('postgresql/23505/');
  await page.locator('footer a', { hasText: 'API' }).click();
  await expect(page.locator('h1')).toHaveText('JSON API');
  for (const { kind } of index.kinds as Kind[]) await expect(page.locator(`#fields-${kind}`)).toBeVisible();
  await expect(page.locator('#fields-codes + dl')).toContainText('retry');
});
