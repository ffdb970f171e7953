// Ranks codes for a query from the site's own data: exact codes first, then condition names,
// then message formats. Full-text results (Pagefind) come after these, merged by the page.
import { cleanQuery, conditionFromClassName } from './query';
import { compileFormat, matchFormats, matchNearly, TIER, wordsOf, type CompiledFormat, type MessageHit } from './matcher';
import { memoized } from '../site/memo';
import { PRISMA_CODES } from '../databases/postgresql/prisma-codes';
import type { FormatDialect } from '../databases';
import { DETAIL_LEVEL, HINT_LEVEL, RAISER_LEVEL } from './levels';
import { driverPhrasesIn } from './driver-phrases';
import { describeReading, readErrno } from '../databases/postgresql/errno-rules';
import { aboutMySqlFamily, bareSqlState, databaseOfKey, dialectOf, errorNumbersIn, errorSymbolsIn, idOfKey, namedDatabase, pasteShape } from './which-database';

/** The compact index shipped to the browser. */
export interface SearchIndex {
  /**
   * One row per page (src/lib/search/databases.ts keys: 23505, mysql/1062, sqlstate/08004) with its
   * name (condition, symbol, or for a SQLSTATE the databases that use it) and a snippet: the written
   * summary, else the most common message.
   */
  codes: [key: string, name: string, snippet: string][];
  /**
   * `sites` counts the places in PostgreSQL's source that raise the format with the code;
   * `versions` ("12–15", "since 16") is there only for wordings not in every version.
   */
  messages: [codeIndex: number, format: string, levels: string, sites: number, versions?: string][];
}

export interface RankedCode {
  code: string;
  condition: string;
  /** What to show under the link: the matched message, else the summary. */
  snippet: string;
  /** The snippet is a message format, with its placeholders (the page shows them read: 'user'@'host'). */
  isFormat?: boolean;
  /** Why it matched: the exact code, its condition name, or one of its messages. */
  reason: 'code' | 'condition' | 'message';
  score: number;
}

export interface PreparedIndex {
  index: SearchIndex;
  formats: CompiledFormat[];
  codeIndex: Map<string, number>;
  conditionIndex: Map<string, number[]>;
}

/**
 * Compiled formats by dialect and format text, kept across searches: the page prepares the loaded
 * shards again for every query, and each format's patterns are built on first use. Keyed by the
 * format string itself, not a string built from it, so a lookup hashes no new string.
 */
const compiledFor = (dialect: FormatDialect) => memoized((format) => compileFormat(format, dialect));
const compiledIn: Record<FormatDialect, (format: string) => CompiledFormat> = { postgres: compiledFor('postgres'), mysql: compiledFor('mysql'), mariadb: compiledFor('mariadb') };
const compiled = (format: string, dialect: FormatDialect) => compiledIn[dialect](format);

/**
 * Compiles a shard's formats before a search needs them: the page calls this as each shard
 * arrives, so that on a slow phone the work is done while the other shards still download.
 */
export function compileShard(shard: { messages: readonly (readonly [key: string, format: string, ...rest: unknown[]])[] }): void {
  for (const [key, format] of shard.messages) compiled(format, dialectOf(key));
}

export function prepareIndex(index: SearchIndex): PreparedIndex {
  const conditionIndex = new Map<string, number[]>();
  // Symbols (ER_DUP_ENTRY) by their lower-cased spelling, as condition names are spelt. PgBouncer's
  // rows are named by their SQLSTATE, which is no condition: "08p01" typed is 08P01's code.
  index.codes.forEach(([key, name], i) => {
    if (databaseOfKey(key) !== 'pgbouncer') conditionIndex.set(name.toLowerCase(), [...(conditionIndex.get(name.toLowerCase()) ?? []), i]);
  });
  return {
    index,
    formats: index.messages.map(([i, format]) => compiled(format, dialectOf(index.codes[i]![0]))),
    codeIndex: new Map(index.codes.map(([code], i) => [code, i])),
    conditionIndex,
  };
}

/**
 * Scores of formats matched by their words, not as a pasted instance: typed without quotes, or a
 * fragment holding the typed words together and in order.
 */
const byWords = (score: number) => score >= TIER.fragment && score < TIER.instance;

/** How many distinct formats of each code the typed words matched (byWords). */
function wordMatchesByCode(hits: readonly MessageHit[], index: SearchIndex): Map<number, number> {
  const formats = new Map<number, Set<string>>();
  for (const hit of hits) {
    if (!byWords(hit.score)) continue;
    const [i, format] = index.messages[hit.index]!;
    formats.set(i, (formats.get(i) ?? new Set()).add(format));
  }
  return new Map([...formats].map(([i, set]) => [i, set.size]));
}

/**
 * One format, two codes: `invalid input syntax for type %s: "%s"` is 22007 when date or time input
 * fails to parse (datetime.c) and 22P02 for every other type. The type the message names tells which.
 */
const DATETIME_INPUT = /\binvalid input syntax for type (?:date|time(?:tz)?|timestamp(?:tz)?|interval)\b/i;
/** MySQL's and MariaDB's 1292 and 1366 share a format too: a date or time value is 1292 (sql_time.cc), any other type 1366. */
const DATETIME_VALUE = /\bincorrect (?:date|time|datetime|timestamp|year) value\b/i;
const namesDatetimeInput = (code: string, query: string) =>
  (code === '22007' && DATETIME_INPUT.test(query)) || (/^(mysql|mariadb)\/1292$/.test(code) && DATETIME_VALUE.test(query));

/**
 * Short names PostgreSQL people type for words its messages spell out: "xid wraparound" means the
 * messages about transaction IDs. Tried only when the words as typed match no message.
 */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bt?xid(s?)\b/gi, 'transaction ID$1'],
  [/\bmxid(s?)\b/gi, 'MultiXactId$1'],
];

function matchFormatsSpelledOut(text: string, formats: readonly CompiledFormat[]): MessageHit[] {
  const hits = matchFormats(text, formats);
  if (hits.length > 0) return hits;
  const spelledOut = ABBREVIATIONS.reduce((result, [short, long]) => result.replace(short, long), text);
  return spelledOut === text ? hits : matchFormats(spelledOut, formats);
}

/** The CONTEXT line under an error that a PL/pgSQL RAISE statement raised. */
const RAISED_BY_PLPGSQL = /^\s*CONTEXT:\s+PL\/pgSQL function .* at RAISE\s*$/m;

/** Whether a row of the index is a DETAIL or HINT line rather than a message (build-index.ts). */
const isLineRow = (index: SearchIndex, row: number) => LINE_LEVELS.includes(index.messages[row]![2]);
const LINE_LEVELS = [DETAIL_LEVEL, HINT_LEVEL];
/** What a matching DETAIL or HINT line adds to its code's message hit: more than the ties it breaks (sites, under 0.01), less than a letter's difference in a pasted message's length coverage matters. */
const DETAIL_TELLS = 20;
/**
 * A DETAIL or HINT line found with no message of its code: a sure hit still (an instance scores
 * 1000 and up, sure is 500), under any message's own instance.
 */
const DETAIL_ALONE = 300;

/** A message only PgBouncer sends, pasted whole: over the codes in the paste (3000) and drivers' words. */
const POOLER_ALONE = 3100;

/** Levels are stored as initials: E(RROR), F(ATAL), W(ARNING), P(ANIC)... */
const levelInitial = (severity: string) => severity.charAt(0);

export function rankCodes(input: string, prepared: PreparedIndex): RankedCode[] {
  const { index, formats, codeIndex, conditionIndex } = prepared;
  const query = cleanQuery(input);
  const best = new Map<number, RankedCode>();
  const offer = (i: number, reason: RankedCode['reason'], score: number, snippet?: string) => {
    const [code, condition, codeSnippet] = index.codes[i]!;
    const current = best.get(i);
    if (!current || current.score < score) {
      best.set(i, { code, condition, snippet: snippet ?? codeSnippet, reason, score, ...(snippet !== undefined && { isFormat: true }) });
    }
  };

  query.codeTokens.forEach((token, position) => {
    const i = codeIndex.get(token);
    if (i !== undefined) offer(i, 'code', 3000 - position);
  });

  // A bare SQLSTATE that more than one database uses opens its page across databases, which links
  // each database's own (08004 is MySQL's Too many connections and a code PostgreSQL never raises).
  const bare = bareSqlState(input);
  const across = bare === undefined ? undefined : codeIndex.get(`sqlstate/${bare}`);
  if (across !== undefined && index.codes[across]![1].includes(',')) offer(across, 'code', 3200);

  const named = namedDatabase(input);
  const numbers = errorNumbersIn(input);
  const symbols = errorSymbolsIn(input);

  // Any other SQLSTATE the text carries (PDO's SQLSTATE[HY000]: General error) offers its page
  // across databases, under the codes and numbers themselves.
  query.codeTokens.forEach((token) => {
    const i = codeIndex.get(`sqlstate/${token}`);
    if (i !== undefined && index.codes[i]![1].includes(',')) offer(i, 'code', 2500);
  });

  // A driver's, framework's or cluster's own words for an error no server message holds:
  // Connector/J's lost connection, mysql2's PROTOCOL_CONNECTION_LOST, Galera's WSREP (driver-phrases.ts).
  for (const { key, printedBy } of driverPhrasesIn(input)) {
    const i = codeIndex.get(key);
    if (i !== undefined) offer(i, 'message', TIER.instance + 500, printedBy);
  }

  // An ORM's own code or words for the error: Prisma's P2002 is 23505. Under an exact SQLSTATE.
  for (const [code, prisma] of Object.entries(PRISMA_CODES)) {
    const i = codeIndex.get(code);
    if (i === undefined) continue;
    if (query.codeTokens.includes(prisma.code)) offer(i, 'code', 2900);
    if (query.text.toLowerCase().includes(prisma.words.toLowerCase())) offer(i, 'message', TIER.instance + 500);
  }

  // PL/pgSQL's RAISE raises the function's own text, which no format holds; the CONTEXT line psql
  // prints under it says where it came from: P0001 for an exception, 01000 for a warning (the
  // defaults; a code in the paste still wins). Under a pasted format's own instance, because a
  // bare RAISE; re-raises a caught error with its own message and code.
  if (RAISED_BY_PLPGSQL.test(input)) {
    const i = codeIndex.get(query.severity === 'WARNING' ? '01000' : 'P0001');
    if (i !== undefined) offer(i, 'code', TIER.instance - 1);
  }

  const conditions = [query.conditionCandidate, query.className && conditionFromClassName(query.className)];
  for (const candidate of conditions) {
    for (const i of (candidate && conditionIndex.get(candidate)) || []) offer(i, 'condition', 2000);
  }

  const asTyped = matchFormatsSpelledOut(query.text, formats);
  // Nothing holds the text's words as typed: a long message may have one word changed.
  const allHits = asTyped.some((hit) => hit.score >= TIER.fragment) ? asTyped : [...asTyped, ...matchNearly(query.text, formats)];
  const hits = allHits.filter((hit) => !isLineRow(index, hit.index));
  const echoes = wordMatchesByCode(hits, index);
  for (const hit of hits) {
    const [i, format, levels, sites, versions] = index.messages[hit.index]!;
    const context = query.severity && levels.includes(levelInitial(query.severity)) ? 50 : 0;
    // Where one format belongs to several codes, the code that raises it in more places wins the tie;
    // only a tie: under 0.01, the smallest step by which a shorter, closer format outscores a longer one.
    const breadth = Math.min(sites, 99) / 10_000;
    // Typed words that several of a code's messages hold point at that code more than words one
    // message of another code happens to hold: "wraparound" is in eight of 54000's formats and two of
    // XX000's. A tenth of a point each, up to four: among fragments, as much as 40 characters of length.
    const echo = byWords(hit.score) ? Math.min((echoes.get(i) ?? 1) - 1, 4) / 10 : 0;
    const typeNamed = namesDatetimeInput(index.codes[i]![0], query.text) ? 1 : 0;
    if (levels.startsWith(RAISER_LEVEL)) {
      // errno picks the code: the errno text the paste prints (or the one the message implies) says
      // which, over the same format raised elsewhere with a fixed code.
      const raiser = levels.slice(RAISER_LEVEL.length);
      const reading = readErrno(raiser, format, query.text);
      const target = (reading.code === undefined ? undefined : codeIndex.get(reading.code)) ?? i;
      // Over the same words raised with a fixed code in fewer than 50 places (breadth), so the rule shows.
      offer(target, 'message', hit.score + (reading.code ? 1 : 0.005) + echo, `${format} — ${describeReading(raiser, reading)}`);
      continue;
    }
    offer(i, 'message', hit.score + context + breadth + echo + typeNamed, versions ? `${format} (PostgreSQL ${versions})` : format);
  }

  // A message only PgBouncer sends, pasted whole, is the error: more than the SQLSTATE printed with
  // it (08P01, which it sends for nearly every message and PostgreSQL for protocol violations) and
  // than the driver's words for the connection it then closed ("server closed the connection
  // unexpectedly"). Only where no server's message explains the line as well ("out of memory" is
  // PostgreSQL's 53200 too) and the paste carries no other SQLSTATE.
  const keyOfHit = (hit: MessageHit) => index.codes[index.messages[hit.index]![0]]![0];
  const serverBest = Math.max(0, ...hits.filter((hit) => databaseOfKey(keyOfHit(hit)) !== 'pgbouncer').map((hit) => hit.score));
  // Five characters with a digit are read as codes wherever they are; a port (63996) is none.
  const pastedCodes = query.codeTokens.filter((token) => codeIndex.has(token));
  for (const hit of hits) {
    const [i, format] = index.messages[hit.index]!;
    const [key, sqlstate] = index.codes[i]!;
    if (databaseOfKey(key) !== 'pgbouncer' || hit.score < TIER.instance || hit.score <= serverBest) continue;
    // Lifted with what the paste's severity and the breadth added (the hits loop above), in their order.
    if (pastedCodes.every((token) => token === sqlstate)) offer(i, 'message', POOLER_ALONE + (best.get(i)!.score - TIER.instance) / 100, format);
  }

  // DETAIL and HINT lines: under a message several codes share they say which code raised it; a
  // paste of such a line alone (or its text alone) still names the code, below a message's own hit.
  const lineHits = [...allHits.filter((hit) => isLineRow(index, hit.index)), ...query.detailLines.flatMap((line) => matchFormats(line, formats).filter((hit) => isLineRow(index, hit.index)))];
  const told = new Set<number>();
  for (const hit of lineHits.filter((h) => h.score >= TIER.instance).sort((a, b) => b.score - a.score)) {
    const [i, format, levels] = index.messages[hit.index]!;
    const current = best.get(i);
    if (current?.reason === 'message' && !told.has(i)) {
      told.add(i);
      best.set(i, { ...current, score: current.score + DETAIL_TELLS });
    } else if (!current) offer(i, 'message', hit.score - DETAIL_ALONE, `${levels === HINT_LEVEL ? 'HINT' : 'DETAIL'}: ${format}`);
  }

  // MySQL's and MariaDB's numbers where their tools print them, and their symbols (ER_DUP_ENTRY):
  // the database the query names first; else the one whose wording the pasted message is (MariaDB's
  // client says "Server has gone away", MySQL's "MySQL server has gone away"); else MySQL.
  const wording = (database: string) =>
    Math.max(0, ...[...best.values()].filter((hit) => hit.reason === 'message' && databaseOfKey(hit.code) === database).map((hit) => hit.score));
  const family = named === 'mariadb' || (named !== 'mysql' && wording('mariadb') > wording('mysql') + 1) ? ['mariadb', 'mysql'] : ['mysql', 'mariadb'];
  // The text says which server it is when it names one or is one server's wording (MariaDB's
  // `db`.`table` in 1005): then the other server's page of the same number is not an answer.
  const serverTold = named === 'mysql' || named === 'mariadb' || Math.abs(wording('mariadb') - wording('mysql')) > 1;
  const [chosenServer, otherServer] = family;
  const familyHit = (key: string, score: number) => {
    const i = codeIndex.get(key);
    if (i !== undefined) offer(i, 'code', score - family.indexOf(databaseOfKey(key)) * 10);
  };
  numbers.forEach((number, position) => family.forEach((database) => familyHit(`${database}/${number}`, 3100 - position)));
  for (const symbol of symbols) {
    for (const i of conditionIndex.get(symbol.toLowerCase()) ?? []) familyHit(index.codes[i]![0], 3000);
  }

  // Words of a condition name typed loosely: "undefined table", "deadlock", "foreign key". Under a
  // pasted message's own format (1000 and up), over formats matched by their words: condition
  // names are the codes' own names for themselves.
  const words = query.conditionCandidate.split('_').filter((w) => w.length >= 3);
  if (words.length > 0 && words.length <= 4 && words.some((w) => w.length >= 4)) {
    index.codes.forEach(([key, condition], i) => {
      if (databaseOfKey(key) !== 'postgresql') return;
      const parts = condition.split('_');
      // All but at most one of the name's parts typed: "duplicate key value" is not
      // duplicate_json_object_key_value (22030) but the start of 23505's message.
      const named = words.length >= parts.length - 1 && words.every((w) => parts.some((p) => p.startsWith(w)));
      if (named) offer(i, 'condition', 900 - parts.length);
    });
  }

  // A query about MySQL or MariaDB typed from memory: its words in any order ("max_allowed_packet
  // packet bigger" is 1153's "Got a packet bigger than 'max_allowed_packet' bytes"), or every word
  // of an error's symbol ("check constraint failed" holds ER_CONSTRAINT_FAILED's). At a fragment's
  // strength, and only where the query names the family: PostgreSQL's ranking is left as it was.
  if (named === 'mysql' || named === 'mariadb' || named === 'mysql-family') {
    const typed = wordsOf(query.text).split(' ').filter((w) => w.length >= 3);
    if (typed.length >= 2) {
      index.messages.forEach(([i, format], m) => {
        const database = databaseOfKey(index.codes[i]![0]);
        if (database !== 'mysql' && database !== 'mariadb') return;
        const formatWords = (formats[m]!.wordList ??= formats[m]!.words.split(' '));
        if (typed.every((w) => formatWords.includes(w))) offer(i, 'message', TIER.fragment + typed.join(' ').length - formatWords.length / 100, format);
      });
      index.codes.forEach(([key, symbol], i) => {
        const database = databaseOfKey(key);
        if (database !== 'mysql' && database !== 'mariadb') return;
        const parts = symbol.toLowerCase().split('_').slice(1);
        if (parts.length >= 2 && parts.every((part) => typed.includes(part))) offer(i, 'condition', 890 - parts.length);
      });
    }
  }

  // The database the query is about comes first. A query that names none is PostgreSQL's when
  // PostgreSQL has a sure answer ("too many connections" is 53300's message before it is MySQL's
  // 1040), and otherwise goes to whichever database prints it.
  const byNumber = [...best.values()].filter((hit) => hit.reason === 'code' && hit.score >= 2990 && /^(mysql|mariadb)\//.test(hit.code));
  const shape = pasteShape(input);
  const about = named === 'mysql-family' || named === undefined ? (byNumber.length > 0 ? databaseOfKey(byNumber.sort((a, b) => b.score - a.score)[0]!.code) : (named ?? shape)) : named;
  const group = (hit: RankedCode) => {
    if (hit.score < CONFIDENT) return 3;
    const database = databaseOfKey(hit.code);
    if (about === 'mysql-family') return database === 'mysql' || database === 'mariadb' ? 0 : 1;
    // PgBouncer speaks PostgreSQL's protocol: psql and PostgreSQL's drivers print its errors as
    // PostgreSQL's, so a paste shaped or named like PostgreSQL's is PgBouncer's as much.
    if (about === 'postgresql') return database === 'postgresql' || database === 'pgbouncer' ? 0 : 1;
    if (about) return database === about ? 0 : 1;
    return database === 'mysql' || database === 'mariadb' ? 2 : 1;
  };
  const keys = new Set([...best.values()].map((hit) => hit.code));
  const answers = [...best.values()].filter((hit) => {
    const database = databaseOfKey(hit.code);
    const family = database === 'mysql' || database === 'mariadb';
    // A PostgreSQL log line is never answered by a MySQL or MariaDB page, a MySQL client's line never by PostgreSQL's.
    if ((shape === 'postgresql' && family) || (shape === 'mysql-family' && database === 'postgresql')) return false;
    return !(serverTold && database === otherServer && keys.has(`${chosenServer}/${idOfKey(hit.code)}`));
  });
  return answers.sort(
    (a, b) =>
      group(a) - group(b) ||
      b.score - a.score ||
      DATABASE_ORDER.indexOf(databaseOfKey(a.code)) - DATABASE_ORDER.indexOf(databaseOfKey(b.code)) ||
      a.code.localeCompare(b.code),
  );
}

/** Between equal hits: a database's own page before the page across databases, MySQL before MariaDB. */
const DATABASE_ORDER = ['postgresql', 'pgbouncer', 'sqlstate', 'mysql', 'mariadb'];


/** Below this, a hit is no more than a loose guess; message fragments and stronger hits are not. */
const CONFIDENT = TIER.fragment;

/**
 * The one sure answer, if the ranking has exactly one: a pasted message's own format (or an exact
 * code, a number, a driver's words), with nothing else above a guess. The page says so plainly.
 */
export function soleAnswer(ranked: readonly RankedCode[]): RankedCode | undefined {
  const sure = ranked.filter((hit) => hit.score >= CONFIDENT);
  return sure.length === 1 && sure[0]!.score >= TIER.instance ? sure[0] : undefined;
}

/**
 * Whether full-text search is needed: only when the data found no code, condition or message the
 * query names or quotes. Pagefind's download (its runtime and one index chunk per word) then goes
 * to the queries it can help, and pasted messages and fragments stay under 100 KB.
 */
export function needsFullText(ranked: RankedCode[]): boolean {
  const best = ranked[0];
  return !best || best.score < CONFIDENT;
}

/**
 * Whether MySQL's and MariaDB's formats must be loaded to rank the query: it is about them, or
 * PostgreSQL's formats (`ranked` from them alone) found nothing sure; never for a paste shaped
 * like PostgreSQL's log, which no MySQL or MariaDB page answers.
 */
export const needsMySqlMessages = (input: string, ranked: RankedCode[]) => pasteShape(input) !== 'postgresql' && (aboutMySqlFamily(input) || needsFullText(ranked));

/**
 * Whether a misspelt word may be why the query found what it found: nothing sure, or, for a query
 * that names no database, only a MySQL or MariaDB format that is mostly placeholders
 * ("colum "emial" does not exist" is MySQL's `%s %s does not exist` until "colum" is read as "column").
 */
export function worthCorrecting(ranked: RankedCode[], input: string): boolean {
  if (needsFullText(ranked)) return true;
  const database = databaseOfKey(ranked[0]!.code);
  return namedDatabase(input) === undefined && ranked[0]!.reason === 'message' && (database === 'mysql' || database === 'mariadb');
}
