// What the 404 page makes of the address it was asked for: a code page typed in the wrong case
// (/postgresql/2203a/) leads to the right one, and anything else becomes a search for its words.
// Done in the page rather than as extra files: /postgresql/2203a/ beside /postgresql/2203A/
// would be one folder on a case-insensitive file system (macOS, Windows).

export interface MissingPage {
  /** The address to go to instead, when the path names a code page in the wrong case. */
  redirect?: string;
  /** The words of the path, for the search box. */
  query: string;
}

/** Codes are upper case, condition names lower case; the rest of the path is kept as it was. */
function canonicalSlug(slug: string): string {
  return /^[0-9a-z]{5}$/i.test(slug) ? slug.toUpperCase() : slug.toLowerCase();
}

export function missingPage(pathname: string, base: string): MissingPage {
  const path = safeDecode(pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, ''));
  const segments = path.split('/').filter(Boolean);
  const query = (segments.at(-1) ?? '').replace(/\.html?$/, '').replace(/[-+]+/g, ' ').trim();
  const [section, slug, ...rest] = segments;
  if (section === 'postgresql' && slug && canonicalSlug(slug) !== slug) {
    return { redirect: `${base}${[section, canonicalSlug(slug), ...rest].join('/')}/`, query };
  }
  return { query };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
