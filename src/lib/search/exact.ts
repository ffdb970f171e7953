// A query that is exactly a code, an error number or a name needs no result list: the search page
// opens that page, as a reader who typed 53300, 1062 or unique_violation expects.
import { databaseOfKey } from './which-database';

type Row = readonly [key: string, name: string, ...rest: string[]];

/** The page of MySQL first, then MariaDB's, where both have the number or the symbol. */
const FAMILY = ['mysql', 'mariadb'];

/**
 * The key of the page the query names exactly (any case, surrounding quotes and spaces ignored),
 * if it names one: a SQLSTATE several databases use opens its page across them (the row names
 * them, comma-separated), one only PostgreSQL uses its PostgreSQL page; a four-digit number MySQL's
 * error page; a condition name or symbol that one page has, that page.
 */
export function exactCode(query: string, codes: readonly Row[]): string | undefined {
  const typed = query.trim().replace(/^["'`]+|["'`]+$/g, '').trim();
  const keys = new Set(codes.map(([key]) => key));
  const code = typed.toUpperCase();
  const across = codes.find(([key]) => key === `sqlstate/${code}`);
  if (across && across[1].includes(',')) return across[0];
  if (keys.has(code)) return code;
  if (/^\d{4}$/.test(typed)) return FAMILY.map((database) => `${database}/${typed}`).find((key) => keys.has(key));
  const named = codes.filter(([, name]) => name.toLowerCase() === typed.toLowerCase());
  const postgres = named.filter(([key]) => databaseOfKey(key) === 'postgresql');
  // A condition name two codes share (string_data_right_truncation) has no single page to open.
  if (postgres.length > 0) return postgres.length === 1 ? postgres[0]![0] : undefined;
  return FAMILY.map((database) => named.find(([key]) => databaseOfKey(key) === database)?.[0]).find(Boolean);
}
