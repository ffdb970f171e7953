#!/usr/bin/env node
// Screenshots of served pages, light and dark, at 320, 390 and 1280 px wide, for reading the site as a reader.
// Usage: node scripts/screenshot.mjs <base URL> <out dir> <path> [path ...]  (FULL_PAGE=1 for whole pages)
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.mjs';

const [base, out, ...paths] = process.argv.slice(2);
if (!base || !out || paths.length === 0) {
  console.error('usage: node scripts/screenshot.mjs <base URL> <out dir> <path> [path ...]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
for (const path of paths) {
  for (const colorScheme of ['light', 'dark']) {
    // A small phone, the phone and the laptop screen issue 25 measured the first screen on.
    for (const [width, height, name] of [[320, 568, 'small'], [390, 844, 'narrow'], [1280, 800, 'wide']]) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme });
      await page.goto(new URL(path.replace(/^\//, ''), base).href, { waitUntil: 'networkidle' });
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${colorScheme}-${name}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
      await page.close();
      console.log(file);
    }
  }
}
await browser.close();
