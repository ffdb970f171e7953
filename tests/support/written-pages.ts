// The written pages, from the entry files rather than from the built pages: a page that lost what
// a written page must show then fails its check instead of dropping out of it.
import { readdirSync } from 'node:fs';

/** Every folder of written entries under content/, each named as its system's pages are. */
export const ENTRY_FOLDERS = ['postgresql', 'mysql', 'mariadb', 'pgbouncer'];

/** The URL path of every written entry, without a leading slash: `postgresql/23505/`, `mysql/1045/`, `pgbouncer/query_wait_timeout/`. */
export const writtenPages: string[] = ENTRY_FOLDERS.flatMap((system) =>
  readdirSync(`content/${system}`)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `${system}/${file.replace(/\.mdx$/, '')}/`),
);
