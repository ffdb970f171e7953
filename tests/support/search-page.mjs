// What the search page puts first for a query: shared by the browser test and bench:search, so the
// bar the tests hold and the figure the benchmark prints come from the same reading of the page.

/**
 * The codes of the first `count` results the search page shows for `query`; [] when none shows
 * within five seconds. `base` is the site's origin, or '' for a page with a baseURL.
 */
export async function topCodes(page, query, { base = '', count = 3 } = {}) {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-result]').first().waitFor({ timeout: 5_000 }).catch(() => {});
  return page.locator('[data-search-result]').evaluateAll((links, n) => links.slice(0, n).map((a) => a.dataset.searchResult), count);
}
