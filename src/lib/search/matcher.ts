// Matches pasted error text against every message format PostgreSQL raises, so that
// `duplicate key value violates unique constraint "orders_pkey"` finds 23505 although no page
// holds "orders_pkey". Formats are compiled to patterns: literal text must match, placeholders
// (%s, %d, %u, %m...) take whatever the server filled in.

/** printf conversions PostgreSQL uses in errmsg(), including %<PRId64>-style spellings. */
const PLACEHOLDER = /%<PRI\w+>|%[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcsmpa]/g;
const NUMERIC = /[diouxX]$/;

export interface CompiledFormat {
  pattern: RegExp;
  /** The text outside placeholders, lower-cased: what a pasted message must share with it. */
  literal: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileFormat(format: string): CompiledFormat {
  let source = '';
  let literal = '';
  let last = 0;
  const unescape = (text: string) => text.replaceAll('%%', '%');
  for (const match of format.matchAll(PLACEHOLDER)) {
    const before = unescape(format.slice(last, match.index));
    source += escapeRegExp(before) + (NUMERIC.test(match[0]) ? '[-+]?[0-9a-fA-F.,]+' : '.*?');
    literal += before;
    last = match.index + match[0].length;
  }
  const rest = unescape(format.slice(last));
  source += escapeRegExp(rest);
  literal += rest;
  // Whitespace is folded: logs wrap lines and collapse double spaces.
  return { pattern: new RegExp(source.replace(/(\\ |\s)+/g, '\\s+'), 'i'), literal: literal.toLowerCase() };
}

export interface MessageHit {
  /** Index of the format in the list given to the matcher. */
  index: number;
  /** Higher is better: literal characters matched, more for a full match. */
  score: number;
}

/** Below this many literal characters a format is mostly placeholders and would match anything. */
const MIN_LITERAL = 10;

/**
 * Formats the text is an instance of (the whole format matched) score by the length of their
 * literal text; formats that merely contain the text (a truncated paste) score by its length.
 */
export function matchFormats(text: string, formats: readonly CompiledFormat[]): MessageHit[] {
  const query = text.trim().replace(/\s+/g, ' ');
  if (query.length < 4) return [];
  const lower = query.toLowerCase();
  const hits: MessageHit[] = [];
  formats.forEach((format, index) => {
    if (format.literal.replace(/[\s"'.,:()%]/g, '').length < MIN_LITERAL) return;
    const match = format.pattern.exec(query);
    if (match) {
      // The more of the paste the format explains, the better: a short format inside a long
      // message is a weaker hit than the message's own format.
      const coverage = match[0].length / query.length;
      hits.push({ index, score: 1000 + format.literal.length * coverage });
    } else if (lower.length >= 8 && format.literal.includes(lower)) {
      hits.push({ index, score: 500 + lower.length - format.literal.length / 100 });
    }
  });
  return hits.sort((a, b) => b.score - a.score);
}
