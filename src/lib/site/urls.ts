// Site-internal URLs, so that the site works under a base path such as /docs/.

/** "postgresql/23505/" -> "/docs/postgresql/23505/" when the site is built with base "/docs/". */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}

export const codeUrl = (code: string) => withBase(`postgresql/${code}/`);
export const classUrl = (classKey: string) => withBase(`postgresql/class/${classKey}/`);
/** Every message format of a code, for codes with more than an entry page shows. */
export const messagesUrl = (code: string) => withBase(`postgresql/${code}/messages/`);

/** The page of one error of MySQL or MariaDB: /mysql/1062/. */
export const errorUrl = (database: string, id: string | number) => withBase(`${database}/${id}/`);
/** The page of a SQLSTATE across every database: /sqlstate/08004/. */
export const sqlStateUrl = (code: string) => withBase(`sqlstate/${code}/`);
/** The SQLSTATEs of one class across every database: /sqlstate/class/08/. */
export const sqlStateClassUrl = (classKey: string) => withBase(`sqlstate/class/${classKey}/`);
