// Matches pasted error text against every message format PostgreSQL raises, so that
// `duplicate key value violates unique constraint "orders_pkey"` finds 23505 although no page
// holds "orders_pkey". Formats are compiled to patterns: literal text must match, placeholders
// (%s, %d, %u, %m...) take whatever the server filled in.

import type { FormatDialect } from '../databases';

/**
 * The printf conversions of each database's message formats: PostgreSQL's errmsg() with its
 * %<PRId64> spellings and %m; MySQL's C printf; MariaDB's, which adds %`s (a quoted name), %M
 * (an errno's text) and the flags after the conversion, %sT (truncated) and %sQ (quoted).
 */
export const PLACEHOLDERS: Record<FormatDialect, RegExp> = {
  postgres: /%<PRI\w+>|%[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcsmpa]/g,
  mysql: /%[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcspa]/g,
  mariadb: /%`?[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcspaM](?:[TQE](?![a-z]))?/g,
};
const NUMERIC = /[diouxX][TQE]?$/;
/** MariaDB's %M and E flag print an errno and its text: `150 "Foreign key constraint is incorrectly formed"`. */
const ERRNO_WITH_TEXT = /(?:[diu]E|M)$/;

export interface CompiledFormat {
  /** The format as its database's source spells it. */
  format: string;
  /** Whose placeholders it has. */
  dialect: FormatDialect;
  /** The text outside placeholders, lower-cased: what a pasted message must share with it. */
  literal: string;
  /** The longest run of literal text, lower-cased: a message that is an instance contains it. */
  anchor: string;
  /**
   * The literal's words, placeholders and punctuation dropped: what someone who typed the message
   * from memory, without its identifiers or quotes, would share with it.
   */
  words: string;
  /** `words` split, built on first use by the in-order match. */
  wordList?: string[];
  /** Whether it has enough literal text to identify a message (isDistinctive). */
  distinctive: boolean;
  /** Built on first use: most formats are ruled out by their anchor before a pattern is needed. */
  pattern?: RegExp;
  /** The longest run of literal words, which a message typed without quotes contains. */
  wordAnchor: string;
  /** Built on first use: the literal words in order, each placeholder any run of words (wordPatternOf). */
  wordPattern?: RegExp;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const foldSpaces = (text: string) => text.replace(/\s+/g, ' ');

/** Lower-cased words, one space apart: "column reference \"\" is ambiguous" -> "column reference is ambiguous". */
export const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}_]+/gu)?.join(' ') ?? '';

/** Literal runs and placeholders, in order: the one parse both the anchor and the pattern need. */
function parts(format: string, dialect: FormatDialect): { text: string; numeric?: boolean; errno?: boolean }[] {
  const pieces: { text: string; numeric?: boolean; errno?: boolean }[] = [];
  let last = 0;
  for (const match of format.matchAll(PLACEHOLDERS[dialect])) {
    pieces.push({ text: format.slice(last, match.index).replaceAll('%%', '%') });
    const errno = dialect === 'mariadb' && ERRNO_WITH_TEXT.test(match[0]);
    pieces.push({ text: '', numeric: !errno && NUMERIC.test(match[0]), ...(errno ? { errno } : {}) });
    last = match.index + match[0].length;
  }
  pieces.push({ text: format.slice(last).replaceAll('%%', '%') });
  return pieces;
}

/** The literal text between placeholders, in order: `a "%s" b` -> ['a "', '" b']. */
export function literalRuns(format: string, dialect: FormatDialect = 'postgres'): string[] {
  return parts(format, dialect)
    .filter((p) => p.numeric === undefined)
    .map((p) => p.text);
}

/** Below this many literal characters a format is mostly placeholders and would match anything. */
const MIN_LITERAL = 10;

/**
 * Everything the matcher reads of every format, from one parse: the search page compiles each
 * shard's formats as it arrives, and the matcher then runs on a phone's slow CPU without parsing
 * a format again per query line.
 */
export function compileFormat(format: string, dialect: FormatDialect = 'postgres'): CompiledFormat {
  const runs = literalRuns(format, dialect);
  const literals = runs.map((text) => foldSpaces(text).toLowerCase());
  const anchor = literals.reduce((longest, text) => (text.trim().length > longest.length ? text.trim() : longest), '');
  const literal = literals.join('');
  const wordAnchor = runs.map((run) => wordsOf(run)).reduce((longest, run) => (run.length > longest.length ? run : longest), '');
  const distinctive = literal.replace(/[\s"'.,:()%]/g, '').length >= MIN_LITERAL;
  return { format, dialect, literal, anchor, words: wordsOf(literals.join(' ')), distinctive, wordAnchor };
}

/** The pattern a message must match to be an instance of the format; whitespace is folded. */
export function patternOf(compiled: CompiledFormat): RegExp {
  compiled.pattern ??= new RegExp(
    parts(compiled.format, compiled.dialect)
      .map((p) => (p.numeric === undefined ? escapeRegExp(p.text) : p.errno ? '[-+]?\\d+(?:\\s+"[^"]*")?' : p.numeric ? '[-+]?[0-9a-fA-F.,]+' : '.*?'))
      .join('')
      .replace(/(\\ |\s)+/g, '\\s+'),
    'i',
  );
  return compiled.pattern;
}

/**
 * The format over a message's words (wordsOf): its literal words in order, and any run of words,
 * none included, where it has a placeholder. A message typed from memory has no quotes or
 * punctuation and may leave the identifiers out: `invalid byte sequence for encoding UTF8`,
 * `relation users does not exist`.
 */
export function wordPatternOf(compiled: CompiledFormat): RegExp {
  if (!compiled.wordPattern) {
    const pieces = parts(compiled.format, compiled.dialect).map((p) => (p.numeric === undefined ? (wordsOf(p.text).match(/\S+/g) ?? []).map((w) => `${escapeRegExp(w)} `).join('') : '(?:\\S+ )*?'));
    compiled.wordPattern = new RegExp(`(?<!\\S)${pieces.join('')}`);
  }
  return compiled.wordPattern;
}

/**
 * Where each kind of hit starts scoring, strongest first: a pasted instance of the whole format,
 * the format's words all typed (quotes and identifiers left out), a fragment of its words, and a
 * near miss (a long message with one of its words changed, as translated or retyped messages are),
 * and a guess from words in its order with others between them. Each adds the length of what matched.
 */
export const TIER = { instance: 1000, words: 700, fragment: 500, near: 450, guess: 400 } as const;

export interface MessageHit {
  /** Index of the format in the list given to the matcher. */
  index: number;
  /** Higher is better: literal characters matched, more for a full match. */
  score: number;
}

/** Whether a format has enough literal text to identify a message: `%s` alone never will. */
export const isDistinctive = (format: CompiledFormat): boolean => format.distinctive;

/**
 * People type a message from its first words: "value too long" means `value too long for type
 * character varying(%d)` rather than `time zone format value too long`. Worth half a point, as
 * much as 50 characters of length.
 */
const opening = (startsTheFormat: boolean) => (startsTheFormat ? 0.5 : 0);

/** A typed word stands for the message's word, or for its plural: "transaction id" for "transaction IDs". */
const standsFor = (typed: string, word: string) => word === typed || word === `${typed}s` || word === `${typed}es`;

/** Whether `wanted` appears in `words` in order, gaps allowed; the last word may be cut short (still being typed). */
function isSubsequence(wanted: readonly string[], words: readonly string[]): boolean {
  let at = 0;
  for (const [i, word] of wanted.entries()) {
    const last = i === wanted.length - 1;
    while (at < words.length && !(last ? words[at]!.startsWith(word) : standsFor(word, words[at]!))) at++;
    if (at === words.length) return false;
    at++;
  }
  return true;
}

/**
 * Formats the text is an instance of (the whole format matched) score by the length of their
 * literal text, and less when only its words are (typed without quotes, identifiers left out or
 * given bare); formats whose words contain the text's words (a truncated paste) score by the
 * length of those words, and less when the text's words only appear in order with others between them.
 */
export function matchFormats(text: string, formats: readonly CompiledFormat[]): MessageHit[] {
  const query = text.trim().replace(/\s+/g, ' ');
  if (query.length < 4) return [];
  const lower = query.toLowerCase();
  const words = wordsOf(query);
  const queryWords = words.split(' ');
  const spaced = `${words} `;
  const hits: MessageHit[] = [];
  formats.forEach((format, index) => {
    if (!isDistinctive(format)) return;
    const match = lower.includes(format.anchor) ? patternOf(format).exec(query) : null;
    if (match) {
      // The more of the paste the format explains, the better: a short format inside a long
      // message is a weaker hit than the message's own format.
      const coverage = match[0].length / query.length;
      hits.push({ index, score: TIER.instance + format.literal.length * coverage });
      return;
    }
    const anchor = format.wordAnchor;
    const wordMatch = anchor.length >= MIN_LITERAL && words.includes(anchor) ? wordPatternOf(format).exec(spaced) : null;
    if (wordMatch) {
      // Under the instances, over fragments: every word the format prints is there, in order.
      const coverage = wordMatch[0].length / spaced.length;
      hits.push({ index, score: TIER.words + format.words.length * coverage });
    } else if (words.length >= 8 && format.words.includes(words)) {
      hits.push({ index, score: TIER.fragment + words.length - format.words.length / 100 + opening(format.words.startsWith(words)) });
    } else if (words.length >= 8 && queryWords.length >= 2 && isSubsequence(queryWords, (format.wordList ??= format.words.split(' ')))) {
      // Words in the format's order with some left out ("null value violates not-null"): a guess,
      // ranked under fragments and below what makes full text unnecessary.
      hits.push({ index, score: TIER.guess + words.length - format.words.length / 100 + opening(format.wordList[0] === queryWords[0]) });
    }
  });
  return hits.sort((a, b) => b.score - a.score);
}

/**
 * A near miss needs this many of the format's words, all but one found: fewer match by chance, or
 * a different message ("subquery returns more than one row" is PostgreSQL's 21000 typed, not
 * MySQL's six-word "Subquery returns more than 1 row" with a word changed).
 */
const NEAR_WORDS = 7;

/**
 * Formats of at least seven literal words all but one of which the text holds in their order: a
 * long message retyped or translated back with one word changed ("... until end of transaction
 * chunk"). Scored under fragments and over guesses, by the length of the words found.
 */
export function matchNearly(text: string, formats: readonly CompiledFormat[]): MessageHit[] {
  const words = wordsOf(text).split(' ');
  if (words.length < NEAR_WORDS - 1) return [];
  const hits: MessageHit[] = [];
  formats.forEach((format, index) => {
    const wanted = (format.wordList ??= format.words.split(' '));
    if (wanted.length < NEAR_WORDS || !isDistinctive(format)) return;
    let at = 0;
    let missed = 0;
    let found = 0;
    for (const word of wanted) {
      const j = words.indexOf(word, at);
      if (j === -1) {
        if (++missed > 1) return;
      } else {
        at = j + 1;
        found += word.length;
      }
    }
    hits.push({ index, score: TIER.near + Math.min(found, 490) / 10 });
  });
  return hits.sort((a, b) => b.score - a.score);
}
