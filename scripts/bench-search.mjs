#!/usr/bin/env node
// npm run bench:search — how well and how fast the search page finds the right code, measured
// in headless Chromium over the query set (tests/data), next to plain Pagefind on the same site,
// then how fast the real pastes (tests/data/paste-queries.tsv) show a first result on an emulated
// slow phone (scripts/bench/browser.mjs, SLOW_PHONE), served compressed as hosts serve it.
// Expects a built site (npm run build; --dir for another folder). Prints figures; asserts nothing.
// --phone: only the slow-phone figures.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.mjs';
import { phoneSearchTimes, searchFigures, SLOW_PHONE } from './bench/browser.mjs';
import { allQueries, pasteQueries } from '../tests/support/dev-queries.mjs';
import { topCodes } from '../tests/support/search-page.mjs';

const port = 4390 + Math.floor(Math.random() * 100);
const origin = `http://localhost:${port}/`;
const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, sweep: { type: 'boolean', default: false }, phone: { type: 'boolean', default: false } } });
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', values.dir, '--gzip'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));

const queries = allQueries();
/** Queries of words from the written guides that no PostgreSQL message contains. */
const FULL_TEXT_ONLY = ['vacuum wraparound', 'reserved word quoted identifier', 'connection pool exhausted'];
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

/** Every real paste on the slow phone: the time from submitting to the first result, and the slowest. */
async function phone() {
  const rows = await phoneSearchTimes(origin, pasteQueries().map((q) => q.query));
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`\nSlow phone (${SLOW_PHONE.latency} ms round trips, ${SLOW_PHONE.downloadThroughput * 8 / 1e6} Mbit/s, CPU ${SLOW_PHONE.cpuSlowdown}x slower, cold cache, gzip), submit to first result, ${rows.length} real pastes:`);
  console.log('| ms | last download ended (ms) | requests | sent | paste |\n| --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.ms === null ? 'none' : row.ms.toFixed(0)} | ${row.downloaded === null ? '' : row.downloaded.toFixed(0)} | ${row.requests} | ${kb(row.transferred)} | ${JSON.stringify(row.query.slice(0, 70))} |`);
  const slowest = [...rows].sort((a, b) => (b.ms ?? Infinity) - (a.ms ?? Infinity))[0];
  console.log(`Slowest: ${slowest.ms === null ? 'no result' : `${slowest.ms.toFixed(0)} ms`} for ${JSON.stringify(slowest.query.slice(0, 90))}; median ${median(rows.map((r) => r.ms ?? Infinity)).toFixed(0)} ms`);
}

/** First place and top three over the query set, against plain Pagefind, and the latency and bytes of a search. */
async function accuracy() {
  const page = await browser.newPage();
  const ours = { first: 0, top3: 0, misses: [] };
  const plain = { first: 0, top3: 0 };
  // Warm the cache once: the figures are for a reader who has searched before.
  await page.goto(`${origin}search/?q=warm`);
  await page.locator('[data-search-result]').first().waitFor({ timeout: 10_000 }).catch(() => {});

  for (const { query, expected } of queries) {
    const codes = await topCodes(page, query, { base: origin });
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

  // Latency and bytes the way npm run bench measures them, so the two benchmarks agree.
  const { cold, warm } = await searchFigures(origin, queries.map((q) => q.query));
  // Words no message contains: the data answers nothing, so Pagefind loads too. None of the query
  // set takes this path; these show what it costs.
  const fullText = (await searchFigures(origin, FULL_TEXT_ONLY)).cold;
  const byBytes = [...cold].sort((a, b) => b.searchGzip - a.searchGzip);

  console.log(`Search benchmark over ${queries.length} queries (tests/data/dev-queries.tsv + search-queries.tsv)\n`);
  console.log('| search | first place | top three |');
  console.log('| --- | --- | --- |');
  console.log(`| this site | ${percent(ours.first)} (${ours.first}) | ${percent(ours.top3)} (${ours.top3}) |`);
  console.log(`| plain Pagefind | ${percent(plain.first)} (${plain.first}) | ${percent(plain.top3)} (${plain.top3}) |`);
  const ms = (list) => list.map((r) => r.ms).filter((v) => v !== null);
  console.log(`\nQuery in the URL to first result on screen: median ${median(ms(warm)).toFixed(0)} ms warm, ${median(ms(cold)).toFixed(0)} ms cold (fresh browser context), ${queries.length} queries`);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Bytes a first search fetches (gzip where a host would compress; the page itself excluded): median ${kb(median(cold.map((r) => r.searchGzip)))}, max ${kb(byBytes[0].searchGzip)}`);
  console.log(`  largest: ${byBytes.slice(0, 3).map((r) => `${kb(r.searchGzip)} for ${JSON.stringify(r.query)}`).join('; ')}`);
  console.log(`Bytes a first full-text search fetches (data index, then Pagefind's runtime, index chunks and fragments): ${fullText.map((r) => `${kb(r.searchGzip)} for ${JSON.stringify(r.query)}`).join('; ')}`);
  if (ours.misses.length) console.log(`\nNot first:\n  ${ours.misses.join('\n  ')}`);
  if (values.sweep) await sweepPagefindRanking(page);
}

try {
  if (!values.phone) await accuracy();
  await phone();
} finally {
  await browser.close();
  server.kill();
}
