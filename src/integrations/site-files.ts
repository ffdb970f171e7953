// The Astro integration that puts the theme script in every <head> and, after the build, writes
// the sitemaps (sitemap.xml is their index), robots.txt, _headers and _redirects from the built
// pages' heads: _headers sends one policy that allows what every page's own policy
// (src/middleware.ts) allows.
import { open, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { THEME_INIT_SCRIPT } from '../lib/rendering/theme-init';
import { contentSecurityPolicy, policyHashes } from '../lib/site/csp';
import { headersFile, newest, pageHead, redirectsFile, robotsTxt, SITEMAP_FOLDERS, sitemapGroups, sitemapIndexXml, sitemapUrls, sitemapXml } from '../lib/site/site-files';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * The start of a built page up to the end of its <head>: all the site files need, and a few KB
 * of a page that can weigh 40 KB.
 */
async function readHead(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(16_384) });
      chunks.push(buffer.subarray(0, bytesRead));
      const start = Buffer.concat(chunks);
      if (bytesRead === 0 || start.includes('</head>')) return start.toString('utf8');
    }
  } finally {
    await handle.close();
  }
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
          (await htmlFiles(root)).map(async (file) => ({ file, url: pageUrl(root, file, siteBase), head: pageHead(await readHead(file)) })),
        );
        const unguarded = pages.filter(({ head }) => head.csp === null).map(({ file }) => relative(root, file));
        if (unguarded.length > 0) throw new Error(`site-files: no Content-Security-Policy in ${unguarded.join(', ')} (src/middleware.ts adds it to every HTML response)`);
        const policy = contentSecurityPolicy(pages.map(({ head }) => policyHashes(head.csp!)));
        const groups = [...sitemapGroups(sitemapUrls(pages), siteBase, SITEMAP_FOLDERS)];
        const sitemaps = groups.map(([name, urls]) => ({ file: `sitemap-${name}.xml`, urls }));
        const index = sitemaps.map(({ file, urls }) => ({ url: new URL(file, siteBase).href, lastmod: newest(urls.map((url) => url.lastmod)) }));
        await Promise.all([
          ...sitemaps.map(({ file, urls }) => writeFile(join(root, file), sitemapXml(urls))),
          writeFile(join(root, 'sitemap.xml'), sitemapIndexXml(index)),
          writeFile(join(root, '_redirects'), redirectsFile(pages)),
          writeFile(join(root, 'robots.txt'), robotsTxt(new URL('sitemap.xml', siteBase).href)),
          writeFile(join(root, '_headers'), headersFile(base, policy)),
        ]);
      },
    },
  };
}
