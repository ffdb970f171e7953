#!/usr/bin/env node
// npm run bench:search — how well and how fast the search page finds the right code, measured
// in headless Chromium over the query set (tests/data), next to plain Pagefind on the same site.
// Expects a built site (npm run build; --dir for another folder). Prints figures; asserts nothing.
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.mjs';
import { allQueries } from '../tests/support/dev-queries.mjs';

const port = 4390 + Math.floor(Math.random() * 100);
const origin = `http://localhost:${port}/`;
const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, sweep: { type: 'boolean', default: false } } });
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', values.dir], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));

const queries = allQueries();
const browser = await launchBrowser();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percent = (hits) => `${((hits / queries.length) * 100).toFixed(1)}%`;

/**
 * --sweep: Pagefind's first-place rate over the query set for several ranking settings, to choose
 * the settings the search page passes to pagefind.options() by measurement.
 */
async function sweepPagefindRanking(page) {
  const settings = [
    { name: 'Pagefind defaults', ranking: {} },
    { name: 'metaWeights code 10, condition 5', ranking: { metaWeights: { code: 10, condition: 5 } } },
    { name: 'pageLength 0.25', ranking: { pageLength: 0.25 } },
    { name: 'pageLength 0', ranking: { pageLength: 0 } },
    { name: 'termSaturation 0.8', ranking: { termSaturation: 0.8 } },
    { name: 'termFrequency 0.5', ranking: { termFrequency: 0.5 } },
    { name: 'metaWeights + pageLength 0.25', ranking: { metaWeights: { code: 10, condition: 5 }, pageLength: 0.25 } },
  ];
  console.log('\n| Pagefind ranking | first place | top three |\n| --- | --- | --- |');
  for (const { name, ranking } of settings) {
    await page.goto(`${origin}search/`);
    const rows = await page.evaluate(
      async ({ ranking, queries }) => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.options({ ranking });
        const out = [];
        for (const { query, expected } of queries) {
          const found = await pagefind.search(query);
          const data = await Promise.all((found?.results ?? []).slice(0, 3).map((r) => r.data()));
          const codes = data.map((d) => d.meta.code);
          out.push([expected.includes(codes[0]), codes.some((c) => expected.includes(c))]);
        }
        return out;
      },
      { ranking, queries },
    );
    const first = rows.filter(([f]) => f).length;
    const top3 = rows.filter(([, t]) => t).length;
    console.log(`| ${name} | ${percent(first)} | ${percent(top3)} |`);
  }
}

try {
  const page = await browser.newPage();
  const ours = { first: 0, top3: 0, misses: [], times: [] };
  const plain = { first: 0, top3: 0 };
  // Warm the cache once: the figures are for a reader who has searched before.
  await page.goto(`${origin}search/?q=warm`);
  await page.locator('[data-search-result]').first().waitFor({ timeout: 10_000 }).catch(() => {});

  for (const { query, expected } of queries) {
    await page.goto(`${origin}search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-result]').first().waitFor({ timeout: 5_000 }).catch(() => {});
    const codes = await page.locator('[data-search-result]').evaluateAll((links) => links.slice(0, 3).map((a) => a.dataset.searchResult));
    const mark = await page.evaluate(() => performance.getEntriesByName('search:first-results')[0]?.startTime ?? null);
    if (mark !== null) ours.times.push(mark);
    if (expected.includes(codes[0])) ours.first += 1;
    else ours.misses.push(`${query}  ->  ${codes[0] ?? 'nothing'} (want ${expected.join('|')})`);
    if (codes.some((code) => expected.includes(code))) ours.top3 += 1;

    const plainCodes = await page.evaluate(async (q) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search(q);
      const data = await Promise.all((found?.results ?? []).slice(0, 3).map((r) => r.data()));
      return data.map((d) => d.meta.code);
    }, query);
    if (expected.includes(plainCodes[0])) plain.first += 1;
    if (plainCodes.some((code) => expected.includes(code))) plain.top3 += 1;
  }

  // Bytes a first search fetches, in a cold browser, for a pasted error and for typed words.
  const firstSearchBytes = async (query) => {
    const cold = await browser.newContext();
    const coldPage = await cold.newPage();
    await coldPage.goto(`${origin}search/`);
    await coldPage.waitForLoadState('networkidle');
    const fetched = [];
    coldPage.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      // Pagefind's index files are gzip streams already; anything else a host would gzip.
      fetched.push({ url: response.url(), sent: Math.min(body.length, gzipSync(body).length) });
    });
    await coldPage.locator('#search-page-input').fill(query);
    await coldPage.waitForFunction(() => performance.getEntriesByName('search:settled').length > 0);
    await cold.close();
    return { query, fetched, sent: fetched.reduce((sum, f) => sum + f.sent, 0) };
  };
  const firstSearches = [
    await firstSearchBytes('ERROR:  duplicate key value violates unique constraint "orders_pkey"'),
    await firstSearchBytes('statement timeout'),
  ];

  console.log(`Search benchmark over ${queries.length} queries (tests/data/dev-queries.tsv + search-queries.tsv)\n`);
  console.log('| search | first place | top three |');
  console.log('| --- | --- | --- |');
  console.log(`| this site | ${percent(ours.first)} (${ours.first}) | ${percent(ours.top3)} (${ours.top3}) |`);
  console.log(`| plain Pagefind | ${percent(plain.first)} (${plain.first}) | ${percent(plain.top3)} (${plain.top3}) |`);
  console.log(`\nQuery in the URL to first result on screen, warm cache: median ${median(ours.times).toFixed(0)} ms, max ${Math.max(...ours.times).toFixed(0)} ms (${ours.times.length} queries)`);
  for (const { query, fetched, sent } of firstSearches) {
    // The indexes (our matcher, Pagefind's chunks) grow with the content; Pagefind's runtime does not.
    const indexes = fetched.filter((f) => /search\/index\.json|\.pf_/.test(f.url)).reduce((sum, f) => sum + f.sent, 0);
    console.log(`\nBytes fetched for a first search of ${JSON.stringify(query)} (gzip where a host would compress): ${(sent / 1024).toFixed(1)} KB in ${fetched.length} requests, of which indexes (matcher + Pagefind chunks) ${(indexes / 1024).toFixed(1)} KB`);
    for (const f of fetched.sort((a, b) => b.sent - a.sent)) console.log(`  ${(f.sent / 1024).toFixed(1).padStart(6)} KB  ${new URL(f.url).pathname}`);
  }
  if (ours.misses.length) console.log(`\nNot first:\n  ${ours.misses.join('\n  ')}`);
  if (values.sweep) await sweepPagefindRanking(page);
} finally {
  await browser.close();
  server.kill();
}
