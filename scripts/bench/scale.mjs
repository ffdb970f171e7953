#!/usr/bin/env node
// npm run bench:scale — builds the same synthetic entries (scripts/bench/fixtures.mjs) with this
// site and with a bare baseline (Astro + MDX + Pagefind, a one-line page), each with a cold
// cache in a folder of its own under /tmp, at each size, and prints time, CPU time and peak
// memory of both, the ratios, how time grows with entries, and where the site's build spends.
// A benchmark, not a test: it asserts nothing and takes a while (8 minutes on 2 quiet cores).
//
// Usage: npm run bench:scale [-- --sizes 262,5000,10000] [--json results.json] [--keep]
//   [--site <folder>]   build the site from another checkout of it instead of this working tree
import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeEntries } from './fixtures.mjs';
import { bareProject, buildProject, removeAll, scratchDir, siteProject } from './projects.mjs';
import { formatBytes, formatRatio, formatSeconds, marginalCosts, markdownTable } from './report.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '262,5000,10000' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    site: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const TARGET_TIME = 1.5;
const TARGET_PEAK = 1.25;

const work = scratchDir('scale');
// One copy of the site for every size, taken now: others editing the tree cannot change it mid-run.
const siteSource = siteProject({ content: false, from: values.site });
const log = (line) => console.error(`[bench:scale ${new Date().toISOString().slice(11, 19)}] ${line}`);
const results = [];

try {
  for (const entries of sizes) {
    const content = join(work, `entries-${entries}`);
    const written = writeEntries(content, entries);
    log(`${entries} entries written (${formatBytes(written.bytes)}) to ${content}`);
    const env = { SQLSTATE_CONTENT_DIR: content, SQLSTATE_BENCH_ENTRY_PAGES: '1' };
    // Site first, then bare, at every size: any drift in the machine's load hits both alike.
    for (const [stack, project] of [
      ['site', () => siteProject({ content: false, from: siteSource })],
      ['bare', bareProject],
    ]) {
      const outDir = join(work, `dist-${stack}-${entries}`);
      const folder = project();
      log(`building ${stack} with ${entries} entries in ${folder}...`);
      try {
        const build = await buildProject(folder, outDir, env);
        log(`${stack} ${entries}: ${formatSeconds(build.seconds)}, peak ${formatBytes(build.peakBytes)}, ${build.pages} pages`);
        results.push({ entries, stack, ...summarize(build) });
      } catch (error) {
        // A build that runs out of memory is a result too: report it and go on with the other stack.
        log(`${stack} ${entries} failed: ${error.message.slice(-2000)}`);
        results.push({ entries, stack, failed: failure(error.message) });
      }
      if (!values.keep) for (const dir of [folder, outDir]) rmSync(dir, { recursive: true, force: true });
    }
    if (!values.keep) rmSync(content, { recursive: true, force: true });
  }
} finally {
  if (values.json) writeFileSync(values.json, JSON.stringify({ machine: machine(), results }, null, 2));
  if (!values.keep) removeAll();
}

function summarize(build) {
  return {
    pages: build.pages,
    seconds: build.seconds,
    cpuSeconds: build.astro.cpuSeconds + build.pagefind.cpuSeconds,
    peakBytes: build.peakBytes,
    astro: { seconds: build.astro.seconds, cpuSeconds: build.astro.cpuSeconds, peakBytes: build.astro.peakBytes, largestProcessBytes: build.astro.largestProcessBytes, phases: build.astro.phases, load: build.astro.load },
    pagefind: { seconds: build.pagefind.seconds, cpuSeconds: build.pagefind.cpuSeconds, peakBytes: build.pagefind.peakBytes, load: build.pagefind.load },
  };
}

/** The reason a build failed, in a few words: Node's heap limit, or the last line of output. */
function failure(message) {
  if (/heap out of memory|Reached heap limit/i.test(message)) return 'out of memory (Node heap limit)';
  return message.trim().split('\n').filter(Boolean).at(-1)?.slice(0, 120) ?? 'failed';
}

function machine() {
  return { cores: availableParallelism(), memoryBytes: totalmem(), node: process.version };
}

const find = (entries, stack) => results.find((r) => r.entries === entries && r.stack === stack);
const rows = [['entries', 'stack', 'pages', 'astro build', 'pagefind', 'total', 'CPU time', 'peak memory', 'load avg']];
for (const entries of sizes) {
  const site = find(entries, 'site');
  const bare = find(entries, 'bare');
  for (const r of [site, bare]) {
    if (!r) continue;
    if (r.failed) {
      rows.push([entries, r.stack, '', '', '', `failed: ${r.failed}`, '', '', '']);
      continue;
    }
    rows.push([entries, r.stack, r.pages, formatSeconds(r.astro.seconds), formatSeconds(r.pagefind.seconds), formatSeconds(r.seconds), formatSeconds(r.cpuSeconds), formatBytes(r.peakBytes), r.astro.load.join(' → ')]);
  }
  if (site && bare && !site.failed && !bare.failed) {
    rows.push([entries, 'site / bare', '', formatRatio(site.astro.seconds / bare.astro.seconds), formatRatio(site.pagefind.seconds / bare.pagefind.seconds), formatRatio(site.seconds / bare.seconds), formatRatio(site.cpuSeconds / bare.cpuSeconds), formatRatio(site.peakBytes / bare.peakBytes), '']);
  }
}
const { cores, memoryBytes } = machine();
console.log(`\nScale benchmark: synthetic entries, astro build then pagefind, cold caches, ${cores} cores, ${formatBytes(memoryBytes)} memory.`);
console.log('Peak memory: the process tree\'s summed RSS, polled from /proc every 50 ms. CPU time: user + system, children included.\n');
console.log(markdownTable(rows));

for (const stack of ['site', 'bare']) {
  const points = results.filter((r) => r.stack === stack && !r.failed);
  if (points.length < 3) continue;
  // CPU time first: on a shared machine other work stretches the wall time, not the CPU time.
  const describe = (label, steps) =>
    `${label} ${steps.map((s) => `${s.from}→${s.to}: ${(s.secondsPerEntry * 1000).toFixed(1)} ms`).join(', ')} per added entry, last step ${formatRatio(steps.at(-1).relative)} the first`;
  const cpu = marginalCosts(points.map((r) => ({ entries: r.entries, seconds: r.cpuSeconds })));
  const wall = marginalCosts(points.map((r) => ({ entries: r.entries, seconds: r.seconds })));
  console.log(`\nGrowth, ${stack} (1.00x is linear): ${describe('CPU', cpu)}; ${describe('wall', wall)}.`);
}

const largest = Math.max(...sizes);
for (const stack of ['site', 'bare']) {
  const r = results.filter((result) => result.stack === stack && !result.failed).sort((a, b) => b.entries - a.entries)[0];
  if (!r) continue;
  console.log(`\nWhere the ${stack} build spends at ${r.entries} entries:`);
  console.log(markdownTable([['phase', 'time', 'peak memory'], ...r.astro.phases.map((p) => [p.name, formatSeconds(p.seconds), formatBytes(p.peakBytes)]), ['pagefind', formatSeconds(r.pagefind.seconds), formatBytes(r.pagefind.peakBytes)]]));
}

const site = find(largest, 'site');
const bare = find(largest, 'bare');
if (site?.failed) {
  console.log(`\nAt ${largest} entries the site's build failed: ${site.failed}.`);
} else if (site && bare && !bare.failed) {
  const verdict = (ratio, target) => `${formatRatio(ratio)} (target ≤ ${target}x: ${ratio <= target ? 'met' : 'missed'})`;
  console.log(`\nAt ${largest} entries the site takes ${verdict(site.seconds / bare.seconds, TARGET_TIME)} the bare stack's time and ${verdict(site.peakBytes / bare.peakBytes, TARGET_PEAK)} its peak memory.`);
}
