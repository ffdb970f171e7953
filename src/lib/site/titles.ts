// Page titles for error pages: what a search engine shows first, so they carry the message a
// reader pasted, worded as the server prints it, with its variable parts shown as "...".

/** Titles beyond this many characters are cut in search results. */
export const ERROR_TITLE_LENGTH = 65;

/**
 * A title's length as written in the HTML, where quotes and ampersands are entities (&#39;):
 * html-validate's long-title rule counts that source text, so a title is fitted by it.
 */
export const htmlLength = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').length;

/**
 * A printf conversion as the servers' sources write them: %s, %-.192s, %lu, %<PRIu64>, %.*s,
 * %2$*1$s, and MariaDB's quoting suffixes (%sQ, %-.192sT, %iE).
 */
const CONVERSION = String.raw`%(?:<PRI[A-Za-z0-9]+>|(?:\d+\$)?[-+ #0\`]*(?:\d+|\*(?:\d+\$)?)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcspmM](?:[QTE](?![A-Za-z]))?)`;
/** Conversions in quotes, with what joins them ("%s.%s"): one variable part for the reader. */
const QUOTED = new RegExp(String.raw`(["'\`])(?:${CONVERSION}|[.@:/-])+?\1`, 'g');
const BARE = new RegExp(CONVERSION, 'g');
const ELLIPSIS = '...';

/** A message format as a reader sees it: `Duplicate entry '%-.192s' for key '%-.192s'` -> `Duplicate entry ... for key ...`. */
export function readableMessage(format: string): string {
  // "%%" is a literal percent sign, never the start of a conversion.
  return format
    .split('%%')
    .map((part) => part.replace(QUOTED, ELLIPSIS).replace(BARE, ELLIPSIS).replace(/\.{4,}/g, ELLIPSIS))
    .join('%')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The message cut at a word to fit `max` characters. Variable parts and dangling punctuation at
 * the cut go; where words of the message go too, "…" says so.
 */
export function fitMessage(message: string, max: number, length: (text: string) => number = (text) => text.length): string {
  if (length(message) <= max) return message;
  const words = message.split(' ');
  const kept: string[] = [words[0]!];
  for (const word of words.slice(1)) {
    if (length([...kept, word].join(' ')) > max) break;
    kept.push(word);
  }
  const wordsDropped = words.slice(kept.length).some((word) => word !== ELLIPSIS);
  const tidy = () => {
    while (kept.length > 1 && (kept.at(-1) === ELLIPSIS || /^\W+$/.test(kept.at(-1)!))) kept.pop();
    return kept.join(' ').replace(/[\s,:;(]+$/, '');
  };
  if (!wordsDropped) return tidy();
  // Room for the " …" that says words are missing.
  while (kept.length > 1 && length(tidy()) + 2 > max) kept.pop();
  return `${tidy()} …`;
}

export interface ErrorTitleFacts {
  /** The database's display name: PostgreSQL, MySQL, MariaDB. */
  databaseName: string;
  /** The SQLSTATE (PostgreSQL) or the error number (MySQL, MariaDB). */
  code: string;
  /** The message format the page leads with; none where the source has no message for the code. */
  format?: string;
  /** The condition name or symbol, for codes without a message. */
  name: string;
}

/**
 * "23505 duplicate key value violates unique constraint | PostgreSQL", "MySQL 1062: Duplicate
 * entry ... for key ...": people search a PostgreSQL error by its SQLSTATE and a MySQL one by
 * "MySQL" and its number, so each title leads with what its readers type.
 */
export function errorTitle({ databaseName, code, format, name }: ErrorTitleFacts, max = ERROR_TITLE_LENGTH): string {
  const message = format ? readableMessage(format) : '';
  const meaningful = /[A-Za-z]{2,}/.test(message.replaceAll(ELLIPSIS, ''));
  const shown = meaningful ? message : name;
  if (databaseName === 'PostgreSQL') {
    const suffix = ` | ${databaseName}`;
    const title = `${code} ${fitMessage(shown, max - code.length - 1 - suffix.length, htmlLength)}${suffix}`;
    // A condition name is one word that cannot be cut: the database goes instead.
    return htmlLength(title) <= max ? title : `${code} ${shown}`;
  }
  const prefix = `${databaseName} ${code}: `;
  return `${prefix}${fitMessage(shown, max - prefix.length, htmlLength)}`;
}
