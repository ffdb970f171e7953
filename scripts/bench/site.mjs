#!/usr/bin/env node
// npm run bench — one table for the site as it is: build time (astro build and Pagefind apart),
// built size, first-load bytes per page, Lighthouse scores for the home page, an entry and the
// search page, and the search latency figures. A benchmark, not a test: it asserts nothing.
// The build runs on a copy of the working tree in /tmp with a cold cache (scripts/bench/projects.mjs),
// so it neither reads nor writes anyone's dist/ or .astro/.
//
// Usage: npm run bench [-- --site <folder>] [--lighthouse-runs 3] [--json results.json] [--keep]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { devQueries } from '../../tests/support/dev-queries.mjs';
import { firstLoadBytes, searchFigures } from './browser.mjs';
import { CATEGORIES, lighthouseScores } from './lighthouse.mjs';
import { buildProject, removeAll, root, scratchDir, siteProject } from './projects.mjs';
import { formatBytes, formatSeconds, markdownTable, median, quantile } from './report.mjs';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    'lighthouse-runs': { type: 'string', default: '3' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

/** The pages Lighthouse scores: the home page, a written entry, and the search page with a pasted error. */
const ENTRY_PATH = 'postgresql/23505/';
const SEARCH_QUERY = 'ERROR:  duplicate key value violates unique constraint "users_email_key"';
const LIGHTHOUSE_PATHS = ['', ENTRY_PATH, `search/?q=${encodeURIComponent(SEARCH_QUERY)}`];

const log = (line) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The URL path of a built HTML file: postgresql/23505/index.html -> postgresql/23505/. */
const pagePath = (outDir, file) => relative(outDir, file).replace(/(^|\/)index\.html$/, '$1');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function serve(dir) {
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  const origin = `http://localhost:${port}/`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await fetch(origin).then((r) => r.ok, () => false)) return { origin, stop: () => server.kill() };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`scripts/serve.mjs did not answer on ${origin}`);
}

const results = {};
try {
  const outDir = join(scratchDir('dist'), 'dist');
  log('building a copy of the site...');
  const build = await buildProject(siteProject({ from: values.site }), outDir);
  results.build = {
    pages: build.pages,
    astro: { seconds: build.astro.seconds, cpuSeconds: build.astro.cpuSeconds, peakBytes: build.astro.peakBytes, load: build.astro.load },
    pagefind: { seconds: build.pagefind.seconds, cpuSeconds: build.pagefind.cpuSeconds, peakBytes: build.pagefind.peakBytes },
  };

  const files = filesUnder(outDir).map((file) => ({ file, bytes: statSync(file).size }));
  const sum = (list) => list.reduce((total, f) => total + f.bytes, 0);
  const html = files.filter((f) => f.file.endsWith('.html'));
  // Condition-name pages only send the browser on to their code (a meta refresh): not pages to read.
  const redirects = html.filter((f) => /<meta http-equiv="refresh"/.test(readFileSync(f.file, 'utf8')));
  const readable = html.filter((f) => !redirects.includes(f));
  results.size = {
    total: sum(files),
    html: sum(html),
    pagefind: sum(files.filter((f) => relative(outDir, f.file).startsWith('pagefind/'))),
    htmlFiles: html.length,
    redirects: redirects.length,
  };

  const { origin, stop } = await serve(outDir);
  try {
    log(`first load of ${readable.length} pages...`);
    const loads = await firstLoadBytes(origin, readable.map((f) => pagePath(outDir, f.file)));
    const byRaw = [...loads].sort((a, b) => a.raw - b.raw);
    results.firstLoad = {
      pages: loads.length,
      raw: { min: byRaw[0], median: median(loads.map((l) => l.raw)), max: byRaw.at(-1) },
      gzip: { min: Math.min(...loads.map((l) => l.gzip)), median: median(loads.map((l) => l.gzip)), max: Math.max(...loads.map((l) => l.gzip)) },
    };

    log('Lighthouse...');
    results.lighthouse = await lighthouseScores(
      LIGHTHOUSE_PATHS.map((path) => new URL(path, origin).href),
      Number(values['lighthouse-runs']),
    );

    log('search latency...');
    const queries = devQueries().map((row) => row.query);
    const search = await searchFigures(origin, queries);
    const times = (rows) => rows.map((r) => r.ms).filter((ms) => ms !== null);
    results.search = {
      queries: queries.length,
      warm: { median: median(times(search.warm)), p90: quantile(times(search.warm), 0.9), max: Math.max(...times(search.warm)), unanswered: search.warm.filter((r) => r.ms === null).map((r) => r.query), medianTransferred: median(search.warm.map((r) => r.transferred)) },
      cold: { median: median(times(search.cold)), unanswered: search.cold.filter((r) => r.ms === null).map((r) => r.query) },
      firstSearchBytes: {
        raw: { median: median(search.cold.map((r) => r.raw)), max: Math.max(...search.cold.map((r) => r.raw)) },
        largestQuery: [...search.cold].sort((a, b) => b.raw - a.raw)[0].query,
        gzip: { median: median(search.cold.map((r) => r.gzip)), max: Math.max(...search.cold.map((r) => r.gzip)) },
        searchGzip: { median: median(search.cold.map((r) => r.searchGzip)), max: Math.max(...search.cold.map((r) => r.searchGzip)) },
      },
    };
  } finally {
    stop();
  }
} finally {
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
  if (!values.keep) removeAll();
}

const { build, size, firstLoad, lighthouse, search } = results;
const bytesPair = (raw, gzip) => `${formatBytes(raw)} (gzip ${formatBytes(gzip)})`;
const lighthouseLabel = ['home', 'entry', 'search'];
const rows = [
  ['measure', 'result', 'target'],
  ['astro build', `${formatSeconds(build.astro.seconds)} (CPU ${formatSeconds(build.astro.cpuSeconds)}), peak ${formatBytes(build.astro.peakBytes)}, ${build.pages} pages`, ''],
  ['pagefind', `${formatSeconds(build.pagefind.seconds)} (CPU ${formatSeconds(build.pagefind.cpuSeconds)}), peak ${formatBytes(build.pagefind.peakBytes)}`, ''],
  ['built size', `${formatBytes(size.total)}: HTML ${formatBytes(size.html)} in ${size.htmlFiles} files, Pagefind ${formatBytes(size.pagefind)}`, ''],
  ['pages measured for first load', `${firstLoad.pages}, leaving out ${size.redirects} condition-name redirects`, ''],
  ['first-load bytes per page, min', `${bytesPair(firstLoad.raw.min.raw, firstLoad.gzip.min)}: /${firstLoad.raw.min.path}`, ''],
  ['first-load bytes per page, median', bytesPair(firstLoad.raw.median, firstLoad.gzip.median), ''],
  ['first-load bytes per page, max', `${bytesPair(firstLoad.raw.max.raw, firstLoad.gzip.max)}: /${firstLoad.raw.max.path}`, ''],
  ...lighthouse.map((page, i) => [
    `Lighthouse ${lighthouseLabel[i]} (${new URL(page.url).pathname}${new URL(page.url).search ? '?q=…' : ''})`,
    CATEGORIES.map((id) => `${id} ${page.scores[id]}`).join(', '),
    '100 each',
  ]),
  ['search: query in URL to first result, warm', `median ${search.warm.median.toFixed(0)} ms, p90 ${search.warm.p90.toFixed(0)} ms, max ${search.warm.max.toFixed(0)} ms (${search.queries} queries); over the network per search (the rest from the HTTP cache): median ${formatBytes(search.warm.medianTransferred)}`, ''],
  ['search: query in URL to first result, cold', `median ${search.cold.median.toFixed(0)} ms`, ''],
  ['search: bytes fetched for a first search', `median ${bytesPair(search.firstSearchBytes.raw.median, search.firstSearchBytes.gzip.median)}, max ${bytesPair(search.firstSearchBytes.raw.max, search.firstSearchBytes.gzip.max)} ("${search.firstSearchBytes.largestQuery}"); search files alone median ${formatBytes(search.firstSearchBytes.searchGzip.median)} gzip`, ''],
];
console.log(`\nnpm run bench: the site built from ${values.site ?? 'this working tree'}, served by scripts/serve.mjs (no compression: gzip figures estimate a compressing host).\n`);
console.log(markdownTable(rows));
const losses = lighthouse.filter((page) => page.losses.length);
if (losses.length) {
  console.log('\nLighthouse audits that cost points:');
  for (const page of losses) console.log(`  ${new URL(page.url).pathname}: ${page.losses.join('; ')}`);
}
const unanswered = [...new Set([...search.warm.unanswered, ...search.cold.unanswered])];
if (unanswered.length) console.log(`\nQueries with no result on screen within 10 s: ${unanswered.join(' | ')}`);
