// The site under a base path, as a /docs/-style deployment serves it: a build of its own with
// BASE_PATH=/docs/, served under /docs/, whose links, assets and search must all stay inside it.
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokenLinks } from '../../src/lib/site/link-check';
import { pageHead } from '../../src/lib/site/site-files';
import { builtSite, type BuiltSite } from '../support/built-site';

const BASE = '/docs/';
let outDir = '';
let server: ChildProcess | undefined;
let origin = '';
let site: BuiltSite;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  // The build lists every page it writes, over 1 MB of output: spawnSync's default buffer would kill it.
  const result = spawnSync(join('node_modules', '.bin', command), args, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  outDir = mkdtempSync(join(tmpdir(), 'sqlstate-base-path-'));
  run('astro', ['build', '--outDir', outDir], { ...process.env, BASE_PATH: BASE });
  run('pagefind', ['--site', outDir]);
  site = builtSite(outDir, BASE);
  const port = await freePort();
  origin = `http://localhost:${port}`;
  server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', outDir, '--base', BASE, '--port', String(port)], { stdio: 'ignore' });
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${origin}${BASE}`).then((r) => r.ok, () => false);
    if (up) break;
    if (tries > 100) throw new Error('the base-path server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
});

test.afterAll(() => {
  server?.kill();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('links every page, asset and anchor inside the base path', () => {
  const siteOrigin = new URL(pageHead(site.pages.find((p) => p.path === BASE)!.html).canonical!).origin;
  const broken = brokenLinks(site.pages, { ownOrigins: [origin, siteOrigin], base: BASE, fileExists: site.exists });
  expect(site.pages.length).toBeGreaterThan(300);
  expect(broken.map((b) => `${b.page} -> ${b.link}: ${b.reason}`)).toEqual([]);
  expect(site.read(`${BASE}robots.txt`).toString()).toContain(`${siteOrigin}${BASE}sitemap.xml`);
});

test('loads every request from inside the base path while reading and searching', async ({ page }) => {
  const requests: { url: string; status: number }[] = [];
  page.on('response', (response) => requests.push({ url: response.url(), status: response.status() }));

  await page.goto(`${origin}${BASE}`);
  await page.locator('main a[href$="/postgresql/23505/"]').first().click();
  await expect(page).toHaveURL(`${origin}${BASE}postgresql/23505/`);
  await expect(page.locator('h1')).toContainText('23505');
  await expect(page.locator('[data-theme-toggle]')).toBeVisible();

  await page.locator('#header-search').fill('duplicate key value violates unique constraint');
  await page.locator('#header-search').press('Enter');
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}search/\\?q=`));
  const first = page.locator('a[data-search-result]').first();
  await expect(first).toHaveAttribute('href', `${BASE}postgresql/23505/`);
  const fullTextHits = await page.evaluate(async (base) => {
    const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await pagefind.options({ baseUrl: base });
    return (await pagefind.search('constraint')).results.length;
  }, BASE);
  expect(fullTextHits).toBeGreaterThan(0);
  await first.click();
  await expect(page.locator('h1')).toContainText('23505');

  expect(requests.filter(({ url }) => !url.startsWith(`${origin}${BASE}`))).toEqual([]);
  expect(requests.filter(({ status }) => status >= 400)).toEqual([]);
});
