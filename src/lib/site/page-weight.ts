// The first-load budget: a page and everything it makes the browser fetch before it can render
// and run (stylesheets, scripts, module preloads), gzipped, must fit one TCP initial window
// (10 segments of 1,460 bytes), so that a reader on a slow link gets the page in one round trip.
import { gzipSync } from 'node:zlib';
import { attributeOf, tagsNamed } from './site-files';

export const FIRST_LOAD_BUDGET = 14_600;

/** Bytes on the wire with gzip at zlib's default level, what static hosts typically serve. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content).length;
}

const FETCHED_LINKS = new Set(['stylesheet', 'modulepreload']);

/** The stylesheets and scripts the page references, as written in the HTML. */
export function referencedAssets(html: string): string[] {
  const links = tagsNamed(html, 'link')
    .filter((tag) => {
      const rel = (attributeOf(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const as = attributeOf(tag, 'as');
      return rel.some((r) => FETCHED_LINKS.has(r)) || (rel.includes('preload') && (as === 'script' || as === 'style'));
    })
    .map((tag) => attributeOf(tag, 'href'));
  const scripts = tagsNamed(html, 'script').map((tag) => attributeOf(tag, 'src'));
  return [...new Set([...links, ...scripts].filter((url): url is string => Boolean(url)))];
}

export interface FirstLoad {
  total: number;
  html: number;
  assets: { url: string; bytes: number }[];
}

/** gzip(HTML) plus gzip(each referenced asset); readAsset gets the URL as written in the page. */
export function firstLoad(html: string, readAsset: (url: string) => string | Uint8Array): FirstLoad {
  const assets = referencedAssets(html).map((url) => ({ url, bytes: gzipSize(readAsset(url)) }));
  const htmlBytes = gzipSize(html);
  return { total: htmlBytes + assets.reduce((sum, a) => sum + a.bytes, 0), html: htmlBytes, assets };
}

/**
 * Scripts that stop the parser to fetch: an external classic script without async or defer.
 * Module scripts are deferred by default; inline scripts fetch nothing.
 */
export function renderBlockingScripts(html: string): string[] {
  return tagsNamed(html, 'script')
    .filter((tag) => {
      const src = attributeOf(tag, 'src');
      const type = (attributeOf(tag, 'type') ?? '').toLowerCase();
      return Boolean(src) && type !== 'module' && !/\s(async|defer)(\s|=|>|\/)/i.test(tag);
    })
    .map((tag) => attributeOf(tag, 'src')!);
}
