// Head metadata shared by the layout and the pages: the site's name, canonical URLs and the
// JSON-LD that tells search engines what a page is (an article, a list, the site) and where it sits.

export const SITE_NAME = 'SQLSTATE Reference';

/** Search engines cut titles beyond about this many characters; html-validate's long-title agrees. */
export const MAX_TITLE_LENGTH = 70;

/** The first title that fits, longest and most telling first; the last one whatever its length. */
export function fitTitle(candidates: string[], max = MAX_TITLE_LENGTH): string {
  if (candidates.length === 0) throw new Error('fitTitle: no title');
  return candidates.find((title) => title.length <= max) ?? candidates.at(-1)!;
}

/** The absolute URL of a page, from its path (with the base) and the configured site. */
export function canonicalUrl(pathname: string, site: URL | undefined): URL {
  if (!site) throw new Error('canonicalUrl: astro.config needs `site`');
  return new URL(pathname, site);
}

/** One step of a page's breadcrumb trail; the last one, the page itself, has no path. */
export interface Crumb {
  name: string;
  /** The step's URL path, with the base. */
  path?: string;
}

/** A schema.org node; a page's nodes go out together in one JSON-LD script (`jsonLd`). */
export type LinkedData = { '@type': string } & Record<string, unknown>;

/** The trail the page shows, for search results that print it instead of the URL. */
export function breadcrumbList(crumbs: Crumb[], site: URL): LinkedData {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map(({ name, path }, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name,
      // Google reads the last item, which has no link on the page, as the page itself.
      ...(path ? { item: new URL(path, site).href } : {}),
    })),
  };
}

/** Who stands behind the articles: the site itself. */
const publisher = (homeUrl: URL) => ({ '@type': 'Organization', name: SITE_NAME, url: homeUrl.href });

export interface TechArticleFacts {
  url: URL;
  homeUrl: URL;
  headline: string;
  description: string;
  /** The code, its name and the database, as a reader would search them. */
  keywords: string[];
  /** The written entry's last change (git); left out when unknown, never guessed. */
  dateModified?: string;
}

export function techArticle({ url, homeUrl, headline, description, keywords, dateModified }: TechArticleFacts): LinkedData {
  return {
    '@type': 'TechArticle',
    headline,
    description,
    url: url.href,
    inLanguage: 'en',
    keywords: keywords.join(', '),
    ...(dateModified ? { dateModified } : {}),
    publisher: publisher(homeUrl),
  };
}

/** The home page: the site, and the search that answers a query in its URL (/search/?q=...). */
export function webSite(homeUrl: URL, searchUrl: URL): LinkedData {
  return {
    '@type': 'WebSite',
    name: SITE_NAME,
    url: homeUrl.href,
    potentialAction: {
      '@type': 'SearchAction',
      target: `${searchUrl.href}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}

/** A page that is not an article: a list of codes (CollectionPage) or a SQLSTATE across databases (WebPage). */
export const webPage = (type: 'CollectionPage' | 'WebPage', name: string, url: URL): LinkedData => ({ '@type': type, name, url: url.href });

/** A page's nodes as one JSON-LD document: one script and one @context, however many nodes. */
export function jsonLd(nodes: LinkedData[]): Record<string, unknown> | null {
  if (nodes.length === 0) return null;
  return nodes.length === 1 ? { '@context': 'https://schema.org', ...nodes[0] } : { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a <script type="application/ld+json"> body: "<" is escaped so that no text in the
 * data can close the element early.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
