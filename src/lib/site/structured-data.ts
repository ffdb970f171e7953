// Head metadata shared by the layout and the entry pages: the site's name, canonical URLs and
// the JSON-LD that tells search engines an entry page is a technical article.

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

export interface TechArticleFacts {
  url: URL;
  homeUrl: URL;
  headline: string;
  description: string;
  code: string;
  condition: string;
}

export function techArticle({ url, homeUrl, headline, description, code, condition }: TechArticleFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline,
    description,
    url: url.href,
    inLanguage: 'en',
    keywords: `${code}, ${condition}, SQLSTATE, PostgreSQL`,
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: homeUrl.href },
  };
}

/**
 * JSON for a <script type="application/ld+json"> body: "<" is escaped so that no text in the
 * data can close the element early.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
