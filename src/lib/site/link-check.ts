// Broken internal links and anchors, checked over the built HTML: every link, asset reference
// and form action on the site's own origin must reach a built file, and a #fragment must name
// an id on the page it points to.
import { attributeOf, tagsNamed } from './site-files';

const LINKING_ATTRIBUTES: [tag: string, attribute: string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
];

/** Every URL the page links to or loads, as written. */
export function linksOf(html: string): string[] {
  const body = html.replace(/<!--[\s\S]*?-->/g, '');
  return LINKING_ATTRIBUTES.flatMap(([tag, attribute]) =>
    tagsNamed(body, tag)
      .map((t) => attributeOf(t, attribute))
      .filter((url): url is string => url !== null),
  );
}

/** The fragment targets on a page: ids, and names of <a> elements. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    const id = attributeOf(tag, 'id');
    if (id) ids.add(id);
    if (/^<a\s/i.test(tag)) {
      const name = attributeOf(tag, 'name');
      if (name) ids.add(name);
    }
  }
  return ids;
}

export interface BuiltPage {
  /** The page's URL path on the served site, with the base: /docs/postgresql/23505/ */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

export interface LinkCheckOptions {
  /** Origins that are this site: the local server's and the configured SITE_URL's. */
  ownOrigins: string[];
  /** The base path every internal URL must start with, like / or /docs/. */
  base: string;
  /** Whether a non-page file (asset, JSON, XML) exists at this URL path. */
  fileExists: (path: string) => boolean;
}

export function brokenLinks(pages: BuiltPage[], { ownOrigins, base, fileExists }: LinkCheckOptions): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const idsByPath = new Map<string, Set<string>>();
  const idsOfPath = (path: string) => {
    if (!idsByPath.has(path)) idsByPath.set(path, idsOf(byPath.get(path)!.html));
    return idsByPath.get(path)!;
  };
  const origin = ownOrigins[0]!;
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const link of new Set(linksOf(page.html))) {
      const url = new URL(link, origin + page.path);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      if (!ownOrigins.includes(url.origin)) continue;
      const path = decodeURI(url.pathname);
      const report = (reason: string) => broken.push({ page: page.path, link, reason });
      if (!path.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      const target = byPath.has(path) ? path : null;
      if (!target) {
        if (!fileExists(path)) report(byPath.has(`${path}/`) ? 'directory URL without its trailing slash' : 'no such page or file');
        else if (url.hash) report('fragment on a file that is not a page');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOfPath(target).has(fragment)) report(`no element with id "${fragment}" on ${target}`);
    }
  }
  return broken;
}
