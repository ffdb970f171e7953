// Lighthouse 12.2.3 (pinned: newer ones want another Node or lock format) in the Chromium of
// @sparticuz/chromium, started by chrome-launcher with that package's flags minus the ones that
// break a browser opening several pages (tests/support/browser.mjs). Lighthouse's default
// settings: a mobile device with simulated throttling.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../tests/support/browser.mjs';
import { median } from './report.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Scores (0 to 100) per category for each URL, the median of `runs` runs, and the audits that
 * cost points in any run: { url, scores: { performance, ... }, losses: ['category: audit (value)'] }.
 * `categories` narrows the run (the browser tests ask for accessibility alone).
 */
export async function lighthouseScores(urls, runs = 3, categories = CATEGORIES) {
  // Up to two minutes for the browser's debugging port (chrome-launcher's default is 25 s): in npm
  // test it starts beside vitest's servers, and a run on a busy 2-core machine was refused at 25 s.
  const chrome = await chromeLauncher.launch({ chromePath: await chromiumPath(), chromeFlags: chromiumArgs, maxConnectionRetries: 240 });
  try {
    const results = [];
    for (const url of urls) {
      const lhrs = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        lhrs.push(result.lhr);
      }
      const scores = Object.fromEntries(categories.map((id) => [id, median(lhrs.map((lhr) => Math.round((lhr.categories[id]?.score ?? NaN) * 100)))]));
      const losses = new Map();
      for (const lhr of lhrs) {
        for (const id of categories) {
          for (const ref of lhr.categories[id]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              losses.set(`${id}: ${ref.id}`, audit.displayValue ? ` (${audit.displayValue})` : '');
            }
          }
        }
      }
      results.push({ url, scores, losses: [...losses].map(([audit, value]) => audit + value) });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
