// The files a static host and a crawler read besides the pages: the sitemaps, robots.txt,
// _headers and _redirects. They are written from the built pages themselves, so they cannot
// drift from them.

/** What the site files need to know about one built page, read from its <head>. */
export interface PageHead {
  canonical: string | null;
  noindex: boolean;
  csp: string | null;
  /** The dateModified of the page's JSON-LD: its written entry's last commit. */
  modified: string | null;
  /** Where a meta refresh sends the reader: the page is a redirect. */
  refresh: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Attribute values as the browser reads them (Astro escapes &, <, >, " and '). */
export function decodeAttribute(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);
}

/** The value of an attribute in one tag's source, or null. */
export function attributeOf(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? decodeAttribute(match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** Every start tag with the given name in the HTML, as source text. */
export function tagsNamed(html: string, name: string): string[] {
  return html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
}

export function pageHead(html: string): PageHead {
  const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const canonicalLink = tagsNamed(head, 'link').find((tag) => attributeOf(tag, 'rel') === 'canonical');
  const metas = tagsNamed(head, 'meta');
  const robots = metas.find((tag) => attributeOf(tag, 'name') === 'robots');
  const csp = metas.find((tag) => attributeOf(tag, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  const refresh = metas.find((tag) => attributeOf(tag, 'http-equiv')?.toLowerCase() === 'refresh');
  const linkedData = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/i.exec(head)?.[1];
  return {
    canonical: canonicalLink ? attributeOf(canonicalLink, 'href') : null,
    noindex: Boolean(robots && /\bnoindex\b/i.test(attributeOf(robots, 'content') ?? '')),
    csp: csp ? attributeOf(csp, 'content') : null,
    modified: linkedData ? (/"dateModified":"([^"]+)"/.exec(linkedData)?.[1] ?? null) : null,
    refresh: (refresh && /^\s*\d+\s*;\s*url=(.+)$/i.exec(attributeOf(refresh, 'content') ?? '')?.[1]?.trim()) || null,
  };
}

/** A page a sitemap lists, with its last real change where the history knows it. */
export interface SitemapUrl {
  url: string;
  lastmod?: string;
}

/**
 * The URLs the sitemaps list: pages that are not noindex and whose canonical URL is their own
 * (a condition-name page points its canonical at the code's page, which is listed already).
 */
export function sitemapUrls(pages: { url: string; head: PageHead }[]): SitemapUrl[] {
  const listed = new Map<string, SitemapUrl>();
  for (const { url, head } of pages) {
    if (head.noindex || head.canonical !== url) continue;
    listed.set(url, head.modified ? { url, lastmod: head.modified } : { url });
  }
  return [...listed.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * The folders with a sitemap of their own: each database's (src/lib/databases lists them, too
 * heavy to load into the build's config, so a unit test checks this list against it) and the
 * SQLSTATE pages.
 */
export const SITEMAP_FOLDERS = ['postgresql', 'mysql', 'mariadb', 'pgbouncer', 'sqlstate'];

/**
 * One sitemap per top folder that names a database (or the SQLSTATE pages), the rest (home,
 * search) in "pages": name -> its URLs, so a crawler's report says which database a problem is in.
 */
export function sitemapGroups(urls: SitemapUrl[], siteBase: string, folders: string[]): Map<string, SitemapUrl[]> {
  const groups = new Map<string, SitemapUrl[]>();
  for (const entry of urls) {
    const folder = entry.url.slice(siteBase.length).split('/')[0]!;
    const name = folders.includes(folder) ? folder : 'pages';
    groups.set(name, [...(groups.get(name) ?? []), entry]);
  }
  return groups;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xml = (root: string, items: string[]) =>
  ['<?xml version="1.0" encoding="UTF-8"?>', `<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, ...items, `</${root}>`, ''].join('\n');
const located = (tag: string, { url, lastmod }: SitemapUrl) => `  <${tag}><loc>${escapeXml(url)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</${tag}>`;

export function sitemapXml(urls: SitemapUrl[]): string {
  return xml('urlset', urls.map((url) => located('url', url)));
}

/** The newest of some ISO dates (their offsets differ, so not by string order), or undefined. */
export function newest(dates: (string | undefined)[]): string | undefined {
  return dates.filter((date): date is string => Boolean(date)).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

/** The index robots.txt names: each sitemap, dated by the newest change among its URLs. */
export function sitemapIndexXml(sitemaps: SitemapUrl[]): string {
  return xml('sitemapindex', sitemaps.map((sitemap) => located('sitemap', sitemap)));
}

/**
 * Netlify's and Cloudflare Pages' _redirects: a real 301 for every page that only forwards the
 * reader (a condition name to its code), so search engines and links see one address, not a
 * meta refresh. The page stays as the fallback for hosts that ignore the file.
 */
export function redirectsFile(pages: { url: string; head: PageHead }[]): string {
  const lines = pages
    .filter(({ head }) => head.refresh)
    .map(({ url, head }) => `${new URL(url).pathname} ${new URL(head.refresh!, url).pathname} 301`)
    .sort();
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

/**
 * Directives a <meta> policy cannot carry (the browser ignores frame-ancestors there); static
 * hosts that read _headers send them with the rest.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * How long browsers keep the files a search or a page loads. Patterns must not overlap: a static
 * host joins the Cache-Control values of every matching rule into one header.
 */
const CACHE_RULES: [paths: string[], cacheControl: string][] = [
  // Named by a hash of their content: a new build writes new names, so a copy never goes stale.
  [['_astro/*', 'pagefind/index/*', 'pagefind/fragment/*'], 'public, max-age=31536000, immutable'],
  // Same names build after build: an hour old at most after a deploy.
  [['search/index.json', 'search/words.json', 'search/messages/*', 'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind'], 'public, max-age=3600'],
];

/**
 * The API's files are for tools on other origins too: a page of any site may fetch them. They carry
 * nothing private and no cookie is set, so any origin may read them.
 */
const CORS_PATHS = ['api/*'];

/** Netlify and Cloudflare Pages read this format: a path pattern, then indented headers. */
export function headersFile(base: string, csp: string): string {
  const root = base.replace(/\/?$/, '/');
  const policy = [csp.trim().replace(/;$/, ''), ...HEADER_ONLY_DIRECTIVES].join('; ');
  const caching = CACHE_RULES.flatMap(([paths, value]) => paths.flatMap((path) => [`${root}${path}`, `  Cache-Control: ${value}`]));
  return [
    `${root}*`,
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    ...caching,
    ...CORS_PATHS.flatMap((path) => [`${root}${path}`, '  Access-Control-Allow-Origin: *']),
    '',
  ].join('\n');
}

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads a _headers file: a path pattern on its own line, then its headers indented below it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: a header outside a path, or without a colon: ${line.trim()}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers for a URL path: every rule whose pattern matches, "*" matching any rest of the path. */
export function headersFor(path: string, rules: HeaderRule[]): [name: string, value: string][] {
  const matches = (pattern: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return rules.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers);
}
