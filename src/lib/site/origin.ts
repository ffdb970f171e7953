// Where the built site will live. Canonical links, og:url, the sitemap, robots.txt and the
// JSON-LD need an absolute origin; it comes from SITE_URL, never from a made-up host.

/** The port scripts/serve.mjs (`npm start`, `npm run preview`) listens on unless told otherwise. */
export const LOCAL_PORT = 4321;

export interface OriginSettings {
  /** The site's public address, such as https://errors.example.net (SITE_URL). */
  SITE_URL?: string;
  /** Set for a build meant for a public host (`npm run build:deploy`): SITE_URL is then required. */
  DEPLOY?: string;
  /** The port the local server will use, as scripts/serve.mjs reads it (PORT). */
  PORT?: string;
}

/**
 * The origin to build for: SITE_URL when set (an absolute http(s) address), else the local
 * server's own, so that a local build's links work where `npm start` serves them. A deploy
 * build without SITE_URL throws rather than publish a site whose canonical links point at a laptop.
 */
export function siteOrigin({ SITE_URL, DEPLOY, PORT }: OriginSettings): string {
  if (SITE_URL) {
    let url: URL;
    try {
      url = new URL(SITE_URL);
    } catch {
      throw new Error(`SITE_URL must be an absolute address such as https://errors.example.net, not "${SITE_URL}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address, not "${SITE_URL}"`);
    return url.origin;
  }
  if (DEPLOY) {
    throw new Error(
      'A deploy build needs SITE_URL, the address the site will be served from: SITE_URL=https://your.host npm run build:deploy',
    );
  }
  return `http://localhost:${PORT || LOCAL_PORT}`;
}
