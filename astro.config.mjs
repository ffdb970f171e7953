// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // Canonical URLs, the sitemap and Open Graph tags need an absolute origin; deployments override it.
  site: process.env.SITE_URL ?? 'https://sqlstate.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One round trip: every page carries its own CSS instead of fetching a stylesheet.
    inlineStylesheets: 'always',
  },
  integrations: [mdx()],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
});
