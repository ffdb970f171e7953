// The Astro integration that puts the theme script in every <head> and, after the build, gives
// every page the site's Content-Security-Policy (hashes of the inline scripts and styles the
// pages carry) and writes sitemap.xml, robots.txt and _headers from the built pages.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { THEME_INIT_SCRIPT } from '../lib/theme-init';
import { contentSecurityPolicy, inlineHashes, withPolicyMeta } from '../lib/csp';
import { headersFile, pageHead, robotsTxt, sitemapUrls, sitemapXml } from '../lib/site-files';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** dist/postgresql/23505/index.html -> https://site/base/postgresql/23505/ */
function pageUrl(root: string, file: string, siteBase: string): string {
  const path = relative(root, file).split(sep).join('/');
  return new URL(path.replace(/(^|\/)index\.html$/, '$1'), siteBase).href;
}

export function siteFiles(): AstroIntegration {
  let siteBase = '';
  let base = '/';
  return {
    name: 'sqlstate:site-files',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('head-inline', THEME_INIT_SCRIPT);
      },
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('site-files: astro.config needs `site` for canonical URLs and the sitemap');
        base = config.base.replace(/\/?$/, '/');
        siteBase = new URL(base, config.site).href;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = await Promise.all(
          (await htmlFiles(root)).map(async (file) => ({ file, url: pageUrl(root, file, siteBase), html: await readFile(file, 'utf8') })),
        );
        const policy = contentSecurityPolicy(pages.map(({ html }) => inlineHashes(html)));
        await Promise.all(pages.map(({ file, html }) => writeFile(file, withPolicyMeta(html, policy))));
        const listed = sitemapUrls(pages.map(({ url, html }) => ({ url, head: pageHead(html) })));
        await Promise.all([
          writeFile(join(root, 'sitemap.xml'), sitemapXml(listed)),
          writeFile(join(root, 'robots.txt'), robotsTxt(new URL('sitemap.xml', siteBase).href)),
          writeFile(join(root, '_headers'), headersFile(base, policy)),
        ]);
      },
    },
  };
}
