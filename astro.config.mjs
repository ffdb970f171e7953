// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { CODE_THEMES, codeColorsVitePlugin, styleToClassTransformer } from './src/lib/rendering/code-colors.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/site/base-links.ts';
import { mdxBodyOnlyVitePlugin } from './src/lib/entries/mdx-frontmatter.ts';
import { siteOrigin } from './src/lib/site/origin.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // Canonical URLs, the sitemap and Open Graph tags need an absolute origin: SITE_URL, or the local
  // server's for a local build (src/lib/site/origin.ts); `npm run build:deploy` requires SITE_URL.
  site: siteOrigin(process.env),
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Code blocks are highlighted in a worker thread (src/lib/rendering/highlight.ts): with several pages in
    // flight, the main thread renders one while the worker highlights another's code.
    concurrency: 4,
    // One round trip: every page carries its own CSS instead of fetching a stylesheet.
    inlineStylesheets: 'always',
  },
  integrations: [mdx({ optimize: true }), siteFiles()],
  markdown: {
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: false,
      // Colours as classes: the Content-Security-Policy (src/lib/site/csp.ts) allows no style attributes.
      transformers: [styleToClassTransformer],
    },
    // Entries link to each other as /postgresql/53300/: under a base path that needs the base.
    processor: satteri({ mdastPlugins: [baseLinksPlugin(base)] }),
  },
  vite: {
    plugins: [mdxBodyOnlyVitePlugin(), codeColorsVitePlugin()],
    define: { __HIGHLIGHT_WORKER__: JSON.stringify(fileURLToPath(new URL('./src/lib/rendering/highlight-worker.ts', import.meta.url))) },
  },
});
