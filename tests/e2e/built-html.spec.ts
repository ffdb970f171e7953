// Checks over every built page, without a browser: valid HTML, no broken internal link or
// anchor, the Content-Security-Policy on every page (and in _headers), and the files crawlers read.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import codeData from '../../src/data/postgresql/codes.json' with { type: 'json' };
import { blockedInlineAttributes, inlineHashes, policyHashes } from '../../src/lib/site/csp';
import { brokenLinks } from '../../src/lib/site/link-check';
import { LOCAL_PORT } from '../../src/lib/site/origin';
import { decodeAttribute, pageHead } from '../../src/lib/site/site-files';
import { builtSite, isMySqlDataPage } from '../support/built-site';

const site = builtSite();

/** The schema.org nodes of a page: its one JSON-LD script, a single node or a @graph. */
function linkedData(html: string): Record<string, any>[] {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
  return scripts.flatMap((data) => data['@graph'] ?? [data]);
}
const home = site.pages.find((page) => page.path === site.base)!;
const siteOrigin = new URL(pageHead(home.html).canonical!).origin;

test('has a written guide on every code page: none says there is none yet', () => {
  const entryPages = site.pages.filter((page) => /^\/postgresql\/[0-9A-Z]{5}\/$/.test(page.path.slice(site.base.length - 1)));
  expect(entryPages).toHaveLength(codeData.codes.length);
  expect(entryPages.filter((page) => page.html.includes('No written guide')).map((page) => page.path)).toEqual([]);
});

// Every page, but of the MySQL and MariaDB pages made from the data alone (one template, ~3,000
// pages, 85 s of the suite's time) every tenth: the template's markup is the same in all of them.
const DATA_PAGE_SAMPLE = 10;
const sampledDataPages = new Set(site.pages.filter(isMySqlDataPage).filter((_, i) => i % DATA_PAGE_SAMPLE === 0));
const toValidate = site.pages.filter((page) => sampledDataPages.has(page) || !isMySqlDataPage(page));
const SHARDS = 2;
for (let shard = 0; shard < SHARDS; shard++) {
  test(`passes html-validate's recommended rules on every page kind (part ${shard + 1} of ${SHARDS})`, async () => {
    test.setTimeout(120_000);
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const errors: string[] = [];
    const pages = toValidate.filter((_, i) => i % SHARDS === shard);
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.path);
      for (const message of report.results.flatMap((r) => r.messages)) {
        errors.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
}

test('has no broken internal link or anchor on any page', () => {
  const broken = brokenLinks(site.pages, { ownOrigins: ['http://localhost', siteOrigin], base: site.base, fileExists: site.exists });
  expect(broken.map((b) => `${b.page} -> ${b.link}: ${b.reason}`)).toEqual([]);
});

test('gives every page a Content-Security-Policy that allows its own inline code, and no more', () => {
  const problems: string[] = [];
  for (const page of site.pages) {
    const policy = pageHead(page.html).csp;
    if (!policy) {
      problems.push(`${page.path}: no policy`);
      continue;
    }
    const allowed = policyHashes(policy);
    const { scripts, styles } = inlineHashes(page.html);
    for (const hash of scripts) if (!allowed.scripts.includes(hash)) problems.push(`${page.path}: inline script ${hash} not allowed`);
    for (const hash of styles) if (!allowed.styles.includes(hash)) problems.push(`${page.path}: inline style ${hash} not allowed`);
    for (const hash of allowed.scripts) if (!scripts.includes(hash)) problems.push(`${page.path}: allows script ${hash} it does not carry`);
    for (const hash of allowed.styles) if (!styles.includes(hash)) problems.push(`${page.path}: allows style ${hash} it does not carry`);
    for (const attribute of blockedInlineAttributes(page.html)) problems.push(`${page.path}: ${attribute.slice(0, 80)} is blocked by the policy`);
  }
  expect(problems).toEqual([]);
});

test('sends in _headers a policy that allows what every page allows, and nothing else', () => {
  const headers = site.read(`${site.base}_headers`).toString();
  const headerPolicy = /^\s+Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '';
  const directivesOf = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const));
  const header = directivesOf(headerPolicy);
  const problems: string[] = [];
  const used = new Set<string>();
  for (const page of site.pages) {
    for (const [name, sources] of directivesOf(pageHead(page.html).csp ?? '')) {
      for (const source of sources) {
        used.add(source);
        if (!header.get(name)?.includes(source)) problems.push(`${page.path}: ${name} ${source} is not in _headers`);
      }
    }
  }
  const unused = [...header.values()].flat().filter((source) => source.startsWith("'sha256-") && !used.has(source));
  expect(problems).toEqual([]);
  expect(unused).toEqual([]);
  expect(headerPolicy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(headerPolicy).toContain("default-src 'self'");
  expect(headerPolicy).toContain("frame-ancestors 'none'");
  expect(headerPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
});

test('lists every code page in a sitemap per database, dated by its last change, every sitemap URL is a built page, and robots.txt names the index', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({ url: m[1]!.replace(/&amp;/g, '&'), lastmod: m[2] }));
  const index = locs(site.read(`${site.base}sitemap.xml`).toString());
  expect(index.map(({ url }) => url).sort()).toEqual(['mariadb', 'mysql', 'pages', 'pgbouncer', 'postgresql', 'sqlstate'].map((name) => `${siteOrigin}${site.base}sitemap-${name}.xml`));
  const entries = index.flatMap(({ url }) => locs(site.read(url).toString()));
  const urls = entries.map(({ url }) => url);
  const built = new Set(site.pages.map((page) => page.path));
  expect(urls.filter((url) => !url.startsWith(siteOrigin) || !built.has(new URL(url).pathname))).toEqual([]);
  const listed = new Set(urls.map((url) => new URL(url).pathname));
  expect(codeData.codes.map((c) => `${site.base}postgresql/${c.code}/`).filter((path) => !listed.has(path))).toEqual([]);
  expect([...listed].filter((path) => path.endsWith('404.html'))).toEqual([]);
  expect(listed.has(`${site.base}search/`)).toBe(true);
  expect(entries.find(({ url }) => url.endsWith('/postgresql/23505/'))?.lastmod).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(index.find(({ url }) => url.endsWith('sitemap-postgresql.xml'))?.lastmod).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(site.read(`${site.base}robots.txt`).toString()).toContain(`Sitemap: ${siteOrigin}${site.base}sitemap.xml`);
  expect(home.html).toContain(`<link rel="sitemap" href="${site.base}sitemap.xml">`);
});

test('keeps MySQL and MariaDB pages without a written guide out of the sitemaps, and says noindex on them', () => {
  const listed = new Set(['mysql', 'mariadb'].flatMap((name) => [...site.read(`${site.base}sitemap-${name}.xml`).toString().matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)));
  const dataPages = site.pages.filter(isMySqlDataPage);
  expect(dataPages.length).toBeGreaterThan(2_000);
  expect(dataPages.filter((page) => listed.has(page.path) || !pageHead(page.html).noindex).map((page) => page.path)).toEqual([]);
  const written = site.pages.filter((page) => /\/(mysql|mariadb)\/\d+\/$/.test(page.path) && !isMySqlDataPage(page));
  expect(written.length).toBeGreaterThan(30);
  expect(written.filter((page) => !listed.has(page.path) || pageHead(page.html).noindex).map((page) => page.path)).toEqual([]);
});

test('keeps PgBouncer messages without a written guide out of the sitemaps with noindex, and lists the written ones and the index', () => {
  const listed = new Set([...site.read(`${site.base}sitemap-pgbouncer.xml`).toString().matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  const messagePages = site.pages.filter((page) => /\/pgbouncer\/[a-z0-9_-]+\/$/.test(page.path));
  const written = new Set(readdirSync('content/pgbouncer').map((file) => `${site.base}pgbouncer/${file.replace(/\.mdx$/, '')}/`));
  expect(messagePages.length).toBeGreaterThanOrEqual(172);
  // Written: in the sitemap and indexable; from the data alone: neither.
  expect(messagePages.filter((page) => written.has(page.path) !== (listed.has(page.path) && !pageHead(page.html).noindex)).map((page) => page.path)).toEqual([]);
  expect(messagePages.filter((page) => written.has(page.path)).length).toBe(written.size);
  expect(listed.has(`${site.base}pgbouncer/`)).toBe(true);
});

test('answers a condition name with a 301 in _redirects, and keeps a fallback page that refreshes to the same code without noindex', () => {
  const redirects = site.read(`${site.base}_redirects`).toString().split('\n');
  expect(redirects).toContain(`${site.base}postgresql/unique_violation/ ${site.base}postgresql/23505/ 301`);
  const aliases = site.pages.filter((page) => pageHead(page.html).refresh);
  expect(aliases.length).toBeGreaterThan(200);
  expect(redirects.filter(Boolean)).toHaveLength(aliases.length);
  const fallback = pageHead(site.pages.find((page) => page.path === `${site.base}postgresql/unique_violation/`)!.html);
  expect(fallback).toMatchObject({ noindex: false, canonical: `${siteOrigin}${site.base}postgresql/23505/`, refresh: `${site.base}postgresql/23505/` });
});

test('names no placeholder host in any built file: the origin is SITE_URL or the local server', () => {
  // Text files only: Pagefind's index and the images are compressed or binary.
  const text = /\.(html|xml|txt|json|js|css|md|webmanifest)$|(^|\/)_(headers|redirects)$/;
  const files = (readdirSync(site.root, { recursive: true }) as string[]).filter((name) => text.test(name));
  expect(files.length).toBeGreaterThan(site.pages.length);
  expect(files.filter((name) => readFileSync(join(site.root, name), 'utf8').includes('example.org'))).toEqual([]);
  expect(siteOrigin).toBe(process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : `http://localhost:${LOCAL_PORT}`);
});

test('puts the message readers search for in the title of the most visited errors, and the database in a MySQL h1', () => {
  const titleOf = (path: string) => /<title>([^<]*)<\/title>/.exec(site.pages.find((p) => p.path === `${site.base}${path}`)!.html)?.[1]?.replace(/&amp;/g, '&');
  expect(titleOf('postgresql/23505/')).toBe('23505 duplicate key value violates unique constraint | PostgreSQL');
  expect(titleOf('postgresql/53300/')).toBe('53300 sorry, too many clients already | PostgreSQL');
  expect(titleOf('postgresql/42P01/')).toBe('42P01 relation ... does not exist | PostgreSQL');
  expect(titleOf('mysql/1062/')).toBe('MySQL 1062: Duplicate entry ... for key ...');
  expect(titleOf('mysql/1045/')).toBe('MySQL 1045: Access denied for user ...@... (using password: ...)');
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(site.pages.find((p) => p.path === `${site.base}mariadb/1062/`)!.html)?.[1]?.replace(/<[^>]+>/g, '');
  expect(h1?.replace(/\s+/g, ' ').trim()).toBe('MariaDB 1062 ER_DUP_ENTRY');
});

test('writes the breadcrumbs each page shows as BreadcrumbList, the home page as a searchable WebSite, and the MySQL keywords without PostgreSQL', () => {
  const problems: string[] = [];
  for (const page of site.pages.filter((p) => p.html.includes('class="breadcrumbs"'))) {
    const shown = [...page.html.matchAll(/<nav class="breadcrumbs"[^>]*>([\s\S]*?)<\/nav>/g)][0]![1]!.split('</li>').slice(0, -1).map((li) => decodeAttribute(li.replace(/<[^>]+>/g, '').trim()));
    const list = linkedData(page.html).find((node) => node['@type'] === 'BreadcrumbList');
    const names = list?.itemListElement.map((item: { name: string }) => item.name);
    if (JSON.stringify(names) !== JSON.stringify(shown)) problems.push(`${page.path}: shows ${shown.join(' > ')}, BreadcrumbList says ${names?.join(' > ')}`);
  }
  expect(problems).toEqual([]);
  for (const path of ['postgresql/23505/', 'sqlstate/23505/', 'mysql/1062/', 'mysql/class/23/', 'postgresql/class/23/']) {
    expect(linkedData(site.pages.find((p) => p.path === `${site.base}${path}`)!.html).map((node) => node['@type'])).toContain('BreadcrumbList');
  }
  const action = linkedData(home.html).find((node) => node['@type'] === 'WebSite')?.potentialAction;
  expect(action?.target).toBe(`${siteOrigin}${site.base}search/?q={search_term_string}`);
  const mysqlArticle = linkedData(site.pages.find((p) => p.path === `${site.base}mysql/1062/`)!.html).find((node) => node['@type'] === 'TechArticle');
  expect(mysqlArticle?.keywords).toBe('1062, ER_DUP_ENTRY, SQLSTATE 23000, MySQL');
});

test('ends every written entry with when it last changed and what it was checked on, without repository links while package.json names none', () => {
  const trustOf = (path: string) => /<p class="trust muted"[^>]*>([\s\S]*?)<\/p>/.exec(site.pages.find((p) => p.path === `${site.base}${path}`)!.html)?.[1]?.replace(/&#39;/g, "'");
  expect(trustOf('postgresql/23505/')).toMatch(/^Last changed \d{1,2} [A-Z][a-z]+ \d{4}\. Reproduced on PostgreSQL 14 to 18\.$/);
  expect(trustOf('mariadb/1062/')).toMatch(/^Last changed .*\. Reproduced on MariaDB 10\.11\.$/);
  expect(trustOf('pgbouncer/query_wait_timeout/')).toMatch(/^Last changed .*\. Reproduced on PgBouncer 1\.18\.0\.$/);
  expect(trustOf('mysql/1062/')).toMatch(/Rests on MySQL's manual and source: no MySQL server runs in this site's tests; its reproduction raises the same error on MariaDB 10\.11/);
  const entries = site.pages.filter((page) => /\/postgresql\/[0-9A-Z]{5}\/$/.test(page.path) || (/\/(mysql|mariadb)\/\d+\/$/.test(page.path) && !isMySqlDataPage(page)));
  expect(entries.filter((page) => !page.html.includes('<p class="trust muted"')).map((page) => page.path)).toEqual([]);
  expect(entries.filter((page) => page.html.includes('Edit this page')).map((page) => page.path)).toEqual([]);
});

test('ships the sharing cards and icons the heads name: a PNG card per database, favicon.ico, apple-touch-icon and a web manifest', () => {
  const png = (path: string) => site.read(path).subarray(1, 4).toString() === 'PNG';
  for (const name of ['postgresql', 'mysql', 'mariadb', 'site']) expect(png(`${site.base}og/${name}.png`)).toBe(true);
  expect(site.pages.find((p) => p.path === `${site.base}mysql/1062/`)!.html).toContain(`<meta property="og:image" content="${siteOrigin}${site.base}og/mysql.png">`);
  expect(home.html).toContain(`<meta property="og:image" content="${siteOrigin}${site.base}og/site.png">`);
  expect(png(`${site.base}apple-touch-icon.png`)).toBe(true);
  expect([...site.read(`${site.base}favicon.ico`).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  const manifest = JSON.parse(site.read(`${site.base}site.webmanifest`).toString());
  for (const icon of manifest.icons) expect(png(`${site.base}${icon.src}`)).toBe(true);
  expect(home.html).toContain('<meta name="theme-color" content="#0b5cad">');
});

test('names the search page as the canonical URL of every search', () => {
  // The query is in the URL's search part only: the one built file serves /search/?q=anything.
  const searchPage = site.pages.find((page) => page.path === `${site.base}search/`)!;
  expect(pageHead(searchPage.html)).toMatchObject({ canonical: `${siteOrigin}${site.base}search/`, noindex: false });
});

test('gives every entry page its canonical URL, Open Graph and Twitter card tags, and TechArticle JSON-LD with its last change', () => {
  const problems: string[] = [];
  for (const { code } of codeData.codes) {
    const path = `${site.base}postgresql/${code}/`;
    const page = site.pages.find((p) => p.path === path);
    if (!page) {
      problems.push(`${path}: not built`);
      continue;
    }
    const canonical = `${siteOrigin}${path}`;
    const meta = (attribute: string, name: string) =>
      new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(page.html)?.[1]?.replace(/&amp;/g, '&');
    if (pageHead(page.html).canonical !== canonical) problems.push(`${path}: canonical`);
    if (meta('property', 'og:url') !== canonical) problems.push(`${path}: og:url`);
    if (meta('property', 'og:type') !== 'article') problems.push(`${path}: og:type`);
    if (!meta('property', 'og:title')?.includes(code)) problems.push(`${path}: og:title`);
    if (!meta('property', 'og:description')) problems.push(`${path}: og:description`);
    if (meta('name', 'twitter:card') !== 'summary_large_image') problems.push(`${path}: twitter:card`);
    if (meta('property', 'og:image') !== `${siteOrigin}${site.base}og/postgresql.png`) problems.push(`${path}: og:image`);
    if (meta('property', 'og:locale') !== 'en_US') problems.push(`${path}: og:locale`);
    const article = linkedData(page.html).find((node) => node['@type'] === 'TechArticle');
    if (article?.url !== canonical || !article.headline?.includes(code) || article.publisher?.name !== 'SQLSTATE Reference') problems.push(`${path}: TechArticle`);
    if (!/^\d{4}-\d\d-\d\dT/.test(article?.dateModified ?? '')) problems.push(`${path}: dateModified`);
  }
  expect(problems).toEqual([]);
});
