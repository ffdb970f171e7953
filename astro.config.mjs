// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { CODE_THEMES, codeColorsVitePlugin, styleToClassTransformer } from './src/lib/code-colors.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/base-links.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // Canonical URLs, the sitemap and Open Graph tags need an absolute origin; deployments override it.
  site: process.env.SITE_URL ?? 'https://sqlstate.example.org',
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One round trip: every page carries its own CSS instead of fetching a stylesheet.
    inlineStylesheets: 'always',
  },
  integrations: [mdx(), siteFiles()],
  markdown: {
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: false,
      // Colours as classes: the Content-Security-Policy (src/lib/csp.ts) allows no style attributes.
      transformers: [styleToClassTransformer],
    },
    // Entries link to each other as /postgresql/53300/: under a base path that needs the base.
    processor: satteri({ mdastPlugins: [baseLinksPlugin(base)] }),
  },
  vite: { plugins: [codeColorsVitePlugin()] },
});
