// What a reader's browser fetches and waits for, measured in headless Chromium
// (tests/support/browser.mjs) against the served site.
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/support/browser.mjs';

/**
 * Bytes of every response a page receives: raw (as scripts/serve.mjs sends them, uncompressed)
 * and gzipped, an estimate of what a compressing host sends. Pagefind's index files are gzip
 * streams already, so a file counts at the smaller of its two sizes. Bodies only, no headers.
 */
function recordResponses(page) {
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => ({ raw: body.length, gzip: Math.min(body.length, gzipSync(body).length) }))
        .catch(() => ({ raw: 0, gzip: 0 }))
        .then(async (size) => ({
          url: response.url(),
          type: response.request().resourceType(),
          ...size,
          // What came over the network: 0 for a response the HTTP cache answered.
          transferred: await response.request().sizes().then((sizes) => sizes.responseBodySize, () => size.raw),
        })),
    );
  });
  return async () => {
    const responses = await Promise.all(pending);
    return {
      responses,
      raw: responses.reduce((sum, r) => sum + r.raw, 0),
      transferred: responses.reduce((sum, r) => sum + r.transferred, 0),
      gzip: responses.reduce((sum, r) => sum + r.gzip, 0),
    };
  };
}

/** Bytes a first visit to each page fetches until its load event: a fresh browser context each. */
export async function firstLoadBytes(origin, paths) {
  const browser = await launchBrowser();
  try {
    const pages = [];
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched = recordResponses(page);
      await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
      const { raw, gzip, responses } = await fetched();
      pages.push({ path, raw, gzip, requests: responses.length });
      await context.close();
    }
    return pages;
  } finally {
    await browser.close();
  }
}

/**
 * Installed before any page script: resolves window.__firstResult to the time, from navigation
 * start, of the frame that draws the first search result (the rAF callback before that paint).
 */
function probeFirstResult() {
  window.__firstResult = new Promise((resolve) => {
    const seen = () => {
      if (!document.querySelector('[data-search-result]')) return false;
      requestAnimationFrame(() => resolve(performance.now()));
      return true;
    };
    const observer = new MutationObserver(() => seen() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  });
}

const firstResultTime = (page, timeout) =>
  page.evaluate((ms) => Promise.race([window.__firstResult, new Promise((resolve) => setTimeout(() => resolve(null), ms))]), timeout);

const searchUrl = (origin, query) => new URL(`search/?q=${encodeURIComponent(query)}`, origin).href;

/**
 * The search page over `queries`: for each, the time from the query being in the URL (navigation
 * start) to the first result on screen, once with a cold browser (a fresh context) and once warm
 * (a context that has run every query before), and the bytes the cold search fetched.
 */
export async function searchFigures(origin, queries, timeout = 10_000) {
  const browser = await launchBrowser();
  try {
    const cold = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(probeFirstResult);
      const fetched = recordResponses(page);
      await page.goto(searchUrl(origin, query));
      const ms = await firstResultTime(page, timeout);
      // Pagefind fetches result fragments after the first results are on screen; they count too.
      await page.waitForLoadState('networkidle');
      const { raw, gzip, responses } = await fetched();
      const html = responses.find((r) => r.type === 'document');
      cold.push({ query, ms, raw, gzip, searchRaw: raw - (html?.raw ?? 0), searchGzip: gzip - (html?.gzip ?? 0), requests: responses.length });
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(probeFirstResult);
    for (const query of queries) {
      await page.goto(searchUrl(origin, query));
      await firstResultTime(page, timeout);
    }
    const warm = [];
    for (const query of queries) {
      const fetched = recordResponses(page);
      await page.goto(searchUrl(origin, query));
      const ms = await firstResultTime(page, timeout);
      const { raw, transferred } = await fetched();
      warm.push({ query, ms, raw, transferred });
      page.removeAllListeners('response');
    }
    await context.close();
    return { cold, warm };
  } finally {
    await browser.close();
  }
}

/**
 * The slow phone of issue 23: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up, the CPU four
 * times slower, through Chrome DevTools' own emulation (the server must compress, as hosts do).
 */
export const SLOW_PHONE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8, cpuSlowdown: 4 };

/**
 * For each query, on the slow phone with a cold cache: the search page is opened and loaded, the
 * query pasted and submitted at once, and the time from submitting to the frame that draws the
 * first result is taken, with the time the last download before it ended and the requests and
 * bytes (as sent, compressed) the search made.
 */
export async function phoneSearchTimes(origin, queries, timeout = 15_000) {
  const browser = await launchBrowser();
  try {
    const rows = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW_PHONE.latency, downloadThroughput: SLOW_PHONE.downloadThroughput, uploadThroughput: SLOW_PHONE.uploadThroughput });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
      await page.addInitScript(probeFirstResult);
      await page.goto(new URL('search/', origin).href, { waitUntil: 'load' });
      const fetched = recordResponses(page);
      const timing = await page.evaluate(
        async ({ query, timeout }) => {
          const input = document.querySelector('#search-page-input');
          // A paste, as a reader makes one: the page keeps its line breaks, which setting the value would strip.
          const clipboardData = new DataTransfer();
          clipboardData.setData('text/plain', query);
          if (input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))) {
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
          const submitted = performance.now();
          input.form.requestSubmit();
          const drawn = await Promise.race([window.__firstResult, new Promise((resolve) => setTimeout(() => resolve(null), timeout))]);
          if (drawn === null) return { ms: null, downloaded: null };
          // The last download that ended between submitting and the first result: what is left
          // after it is the page's own work (parsing, compiling formats, ranking, drawing).
          const ends = performance.getEntriesByType('resource').map((entry) => entry.responseEnd).filter((end) => end > submitted && end <= drawn);
          return { ms: drawn - submitted, downloaded: Math.max(0, ...ends.map((end) => end - submitted)) };
        },
        { query, timeout },
      );
      await page.waitForLoadState('networkidle');
      const { responses } = await fetched();
      rows.push({ query, ...timing, requests: responses.length, transferred: responses.reduce((sum, r) => sum + r.transferred, 0) });
      await context.close();
    }
    return rows;
  } finally {
    await browser.close();
  }
}
