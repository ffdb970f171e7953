// The projects the benchmarks build, each in a folder of its own under /tmp: a snapshot of this
// site, and the bare baseline (Astro + MDX + Pagefind and a one-line page). A folder of their own
// because `astro build` writes .astro/ and its content cache (node_modules/.astro) next to the
// project: builds in the working tree would share those with everyone else's builds, and a
// warm content cache would make the second build measure less work than the first.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMeasured } from './measure.mjs';

export const root = join(import.meta.dirname, '../..');
const modules = join(root, 'node_modules');

/** A scratch folder that `removeAll()` deletes. */
const scratch = [];
export function scratchDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `sqlstate-bench-${prefix}-`));
  scratch.push(dir);
  return dir;
}
export function removeAll() {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * node_modules as one link per package, not one link to the folder: Astro's cache directory
 * (node_modules/.astro) then belongs to this project alone, and starts empty.
 */
function linkModules(project) {
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(modules, name), join(project, 'node_modules', name));
  }
}

/**
 * A copy of the site's sources (and, unless `content` is false, its written entries), from this
 * working tree or from `from`, another checkout of it.
 */
export function siteProject({ content = true, from = root } = {}) {
  const project = scratchDir('site');
  const parts = ['src', 'public', 'astro.config.mjs', 'pagefind.yml', 'tsconfig.json', 'package.json', ...(content ? ['content'] : [])];
  for (const part of parts) cpSync(join(from, part), join(project, part), { recursive: true });
  linkModules(project);
  return project;
}

/** Astro 7 + MDX + Pagefind with a one-line page per entry, reading entries from SQLSTATE_CONTENT_DIR. */
export function bareProject() {
  const project = scratchDir('bare');
  const files = {
    'package.json': JSON.stringify({ name: 'bare-baseline', private: true, type: 'module' }),
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      'export default defineConfig({ integrations: [mdx()] });',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "export const collections = { entries: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: process.env.SQLSTATE_CONTENT_DIR! }) }) };",
    ].join('\n'),
    'src/pages/[...id].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "export const getStaticPaths = async () => (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      'const { Content } = await render(Astro.props.entry);',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.data.code}</title></head><body><Content /></body></html>',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(project, name, '..'), { recursive: true });
    writeFileSync(join(project, name), `${text}\n`);
  }
  linkModules(project);
  return project;
}

/** Output lines of `astro build` that start each phase of the build, in order. */
const ASTRO_PHASES = [
  ['content sync', /\[content\] Syncing content/],
  ['bundle', /Building static entrypoints/],
  ['render pages', /generating static routes/],
  ['finish', /page\(s\) built in/],
];

/**
 * `astro build` then `pagefind` for `project` into `outDir`, each measured on its own.
 * Resolves to { astro, pagefind, seconds, peakBytes, pages } where astro and pagefind are
 * runMeasured() results.
 */
export async function buildProject(project, outDir, extraEnv = {}) {
  const env = {
    ...process.env,
    ...extraEnv,
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${join(modules, '.bin')}:${process.env.PATH}`,
  };
  rmSync(outDir, { recursive: true, force: true });
  const astroBin = join(modules, 'astro/bin/astro.mjs');
  const astro = await runMeasured(process.execPath, [astroBin, 'build', '--outDir', outDir], { cwd: project, env, markers: ASTRO_PHASES });
  const pagefind = await runMeasured(join(modules, '.bin/pagefind'), ['--site', outDir], { cwd: project, env });
  const pages = Number(/(\d+) page\(s\) built/.exec(astro.output)?.[1] ?? NaN);
  return {
    astro,
    pagefind,
    seconds: astro.seconds + pagefind.seconds,
    peakBytes: Math.max(astro.peakBytes, pagefind.peakBytes),
    pages,
  };
}
