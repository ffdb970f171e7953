// Message formats as a reader reads them: `Access denied for user '%-.48s'@'%-.64s'` says
// `Access denied for user 'user'@'host'`, each placeholder a word naming what the server puts
// there. The placeholders are the ones the search compiles (src/lib/search/matcher.ts).
import type { FormatDialect } from '../databases';
import { PLACEHOLDERS } from '../search/matcher';

/** A run of the format's own text, or a placeholder with the word that stands for it. */
export type FormatPart = { text: string } | { placeholder: string; word: string };

/** The noun before a placeholder, and the word the placeholder reads as after it. */
const AFTER_NOUN: Record<string, string> = {
  user: 'user',
  host: 'host',
  file: 'path',
  filename: 'path',
  directory: 'path',
  path: 'path',
  entry: 'value',
  value: 'value',
  string: 'value',
  ...Object.fromEntries(
    [
      'table', 'column', 'function', 'procedure', 'routine', 'constraint', 'index', 'key', 'view', 'trigger', 'event',
      'database', 'schema', 'relation', 'role', 'type', 'variable', 'plugin', 'engine', 'channel', 'tablespace',
      'partition', 'field', 'collation', 'charset', 'extension', 'operator', 'server', 'sequence', 'window', 'savepoint',
      'cursor', 'label', 'parameter', 'option', 'attribute', 'policy', 'publication', 'subscription', 'slot',
    ].map((noun) => [noun, 'name']),
  ),
};

/** What a conversion holds when its words say nothing: a number, a character, an OS error's text. */
function wordByConversion(spec: string): string {
  const conversion = spec.replace(/[TQE]$/, '').at(-1)!;
  if ('diouxXeEfgGa'.includes(conversion)) return 'number';
  if (conversion === 'c') return 'character';
  if (conversion === 'm' || conversion === 'M') return 'system error';
  if (conversion === 'p') return 'address';
  return 'text';
}

/** The last word of the text before a placeholder, lower-cased, if a quote or nothing separates them. */
const nounBefore = (text: string) => /([A-Za-z]+)\s*["'`(]?$/.exec(text)?.[1]?.toLowerCase();

/** Between two placeholders, what makes them an account (`'%s'@'%s'`) or a qualified name (`'%s.%s'`). */
const ACCOUNT = /^['"`]?@['"`]?$/;

/**
 * The format cut into its own text and its placeholders, each with a word naming it. `'%s'@'%s'`
 * is an account, user then host, and `'%s.%s'` a qualified name, schema (database in MySQL) then
 * name; a string after a noun the reader knows takes its word ("table '%s'" -> 'name', "file '%s'"
 * -> 'path'); otherwise the conversion decides (%d -> number). `%%` is the percent sign it prints.
 */
export function formatParts(format: string, dialect: FormatDialect): FormatPart[] {
  // %% first, so that the percent sign it prints is not read as the start of a placeholder ("%% done").
  const tokens = new RegExp(`%%|${PLACEHOLDERS[dialect].source}`, 'g');
  const matches = [...format.matchAll(tokens)]
    .filter((match) => match[0] !== '%%')
    .map((match) => ({ spec: match[0], start: match.index, end: match.index + match[0].length }));
  const between = (i: number) => (i >= 0 && i + 1 < matches.length ? format.slice(matches[i]!.end, matches[i + 1]!.start) : undefined);
  const words = matches.map(({ spec, start }, i) => {
    const byConversion = wordByConversion(spec);
    if (byConversion !== 'text') return byConversion;
    if (ACCOUNT.test(between(i) ?? '-')) return 'user';
    if (ACCOUNT.test(between(i - 1) ?? '-')) return 'host';
    if (between(i) === '.') return dialect === 'postgres' ? 'schema' : 'database';
    // The name after a schema takes the noun before the pair: "Table '%s.%s'" -> 'database.name'.
    const noun = nounBefore(format.slice(0, between(i - 1) === '.' ? matches[i - 1]!.start : start));
    return (noun && AFTER_NOUN[noun]) ?? 'text';
  });
  const parts: FormatPart[] = [];
  let last = 0;
  matches.forEach(({ spec, start, end }, i) => {
    if (start > last) parts.push({ text: format.slice(last, start).replaceAll('%%', '%') });
    // MariaDB's %`s prints the name in backquotes: the reader sees them around the word.
    parts.push({ placeholder: spec, word: spec.startsWith('%`') ? `\`${words[i]}\`` : words[i]! });
    last = end;
  });
  if (last < format.length) parts.push({ text: format.slice(last).replaceAll('%%', '%') });
  return parts;
}

/** The format as plain text with its placeholders read: for titles, descriptions and search snippets. */
export function readableFormat(format: string, dialect: FormatDialect): string {
  return formatParts(format, dialect)
    .map((part) => ('text' in part ? part.text : part.word))
    .join('');
}
