// What the search page puts first for a query: shared by the browser test and bench:search, so the
// bar the tests hold and the figure the benchmark prints come from the same reading of the page.

/**
 * The codes of the first `count` results the search page shows for `query`; [] when none shows
 * within five seconds. A query the page answers by opening a code's page (an exact code or
 * condition name) gives that code alone. `base` is the site's origin, or '' for a page with a baseURL.
 */
export async function topCodes(page, query, { base = '', count = 3 } = {}) {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  // The page an exact query opens, as its search key: 23505, mysql/1062, sqlstate/08004.
  const opened = /\/(?:postgresql\/([0-9A-Z]{5})|((?:mysql|mariadb)\/\d+|sqlstate\/[0-9A-Z]{5}))\/$/;
  await Promise.any([
    page.locator('[data-search-result]').first().waitFor({ timeout: 5_000 }),
    page.waitForURL((url) => opened.test(url.pathname), { timeout: 5_000 }),
  ]).catch(() => {});
  const match = opened.exec(new URL(page.url()).pathname);
  const code = match?.[1] ?? match?.[2];
  if (code) return [code];
  return page.locator('[data-search-result]').evaluateAll((links, n) => links.slice(0, n).map((a) => a.dataset.searchResult), count);
}
