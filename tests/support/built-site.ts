// The built site on disk, for the tests that read dist/ (or another build) without a browser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export interface BuiltSite {
  root: string;
  /** The base path the site was built with, like / or /docs/. */
  base: string;
  /** Every HTML file, with its URL path on the served site. */
  pages: { file: string; path: string; html: string }[];
  /** The contents of a file named by a URL path or URL as written in a page. */
  read: (url: string) => Buffer;
  /** Whether a URL path names a file in the build. */
  exists: (path: string) => boolean;
}

export function builtSite(root = process.env.E2E_DIR ?? 'dist', base = process.env.BASE_PATH ?? '/'): BuiltSite {
  const dir = resolve(root);
  const normalBase = base.replace(/\/?$/, '/');
  const fileOf = (url: string) => {
    const path = decodeURI(new URL(url, `http://site${normalBase}`).pathname);
    if (!path.startsWith(normalBase)) return null;
    const file = resolve(dir, path.slice(normalBase.length));
    return file.startsWith(dir) ? file : null;
  };
  const pages = (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const file = join(dir, name);
      const path = normalBase + relative(dir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
      return { file, path, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  return {
    root: dir,
    base: normalBase,
    pages,
    read: (url) => {
      const file = fileOf(url);
      if (!file) throw new Error(`not a file of the site: ${url}`);
      return readFileSync(file);
    },
    exists: (path) => {
      const file = fileOf(path);
      return Boolean(file && existsSync(file) && statSync(file).isFile());
    },
  };
}

/**
 * A MySQL or MariaDB page made from the data alone: about 3,000 of them share one template and
 * differ only in the error's name, SQLSTATE and message, so checks that look at markup or layout
 * need only some of them (the written ones are checked in full).
 */
export const isMySqlDataPage = (page: { path: string; html: string }) =>
  /\/(mysql|mariadb)\/\d+\/$/.test(page.path) && page.html.includes('No written guide for');
