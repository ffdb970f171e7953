// The search page: data hits (codes, condition names, message formats) first, then Pagefind's
// full-text hits, one result per code. Both indexes load on the first search only, and of the
// message formats only the shards the query's words name.
import type { RankedCode } from '../lib/search/rank';
import { cleanQuery, keepLineBreaks } from '../lib/search/query';
import { hasTellingWord } from '../lib/search/full-text';
import { joinShards, numberBucket, pasteShards, type Shard, type ShardedIndex } from '../lib/search/shards';
import { aboutMySqlFamily, databaseOfKey, dialectOf, errorNumbersIn, errorSymbolsIn, idOfKey, mayBeMySqlFamily, pasteShape, pathOfKey } from '../lib/search/which-database';
import { exactCode } from '../lib/search/exact';
import { breakAfterUnderscores } from '../lib/rendering/words';
import { formatParts } from '../lib/rendering/placeholders';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** The ranking, loaded once, in parallel with the index files (engine.ts says why it is apart). */
let engineLoad: Promise<typeof import('../lib/search/engine')> | undefined;
const engine = () => (engineLoad ??= import('../lib/search/engine'));
const downloads = new Map<string, Promise<unknown>>();
let fullText: Promise<Pagefind> | undefined;

/**
 * A file of the search index, fetched once, and `arrived` done with it as soon as it is here; a
 * failed fetch is forgotten so the next search retries it.
 */
function searchFile<T>(path: string, arrived?: (data: T) => Promise<T>, priority?: RequestPriority): Promise<T> {
  let download = downloads.get(path);
  if (!download) {
    download = fetch(`${base}${path}`, { priority }).then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${path}`);
      return response.json();
    });
    if (arrived) download = download.then((data) => arrived(data as T));
    download.catch(() => downloads.delete(path));
    downloads.set(path, download);
  }
  return download as Promise<T>;
}

const loadCore = () => searchFile<ShardedIndex['core']>('search/index.json');

/**
 * MySQL's and MariaDB's rows a query needs: those of the hundreds its numbers are in, or all of
 * them for a symbol (ER_DUP_ENTRY), which names no number.
 */
const numberFiles = (query: string) =>
  errorSymbolsIn(query).length > 0 ? ['search/numbers.json'] : [...new Set(errorNumbersIn(query).map(numberBucket))].map((bucket) => `search/numbers/${bucket}.json`);
const loadNumbers = (query: string) => Promise.all(numberFiles(query).map((file) => searchFile<ShardedIndex['numbers']>(file))).then((lists) => lists.flat());

/**
 * A shard of a set, its formats compiled as it arrives: on a slow phone that work, most of a
 * search's, is then done while the other shards still download.
 */
const shardFile = (path: string) => searchFile<Shard>(path, (shard) => engine().then(({ compileShard }) => (compileShard(shard), shard)));

/** The shards of a set under the query's words. */
const shardsOf = (folder: string, words: number[]) => Promise.all(words.map((shard) => shardFile(`search/${folder}/${shard}.json`)));

/**
 * Starts every download a search for `query` will need first, without waiting for them: the core,
 * the shards of its words, and MySQL's and MariaDB's number rows and shards when it is about them.
 * Called as the reader types or pastes, so that submitting finds them loaded or on their way.
 */
function prefetch(query: string): void {
  const words = pasteShards(query);
  const postgresWords = pasteShape(query) === 'mysql-family' ? [] : words;
  for (const file of ['search/index.json', ...numberFiles(query)]) searchFile(file).catch(() => {});
  void shardsOf('messages', postgresWords).catch(() => {});
  if (aboutMySqlFamily(query)) void shardsOf('mysql', words).catch(() => {});
}

/**
 * The codes, and the message formats filed under the query's words (src/lib/search/shards.ts):
 * PostgreSQL's, and MySQL's and MariaDB's when the query is about them or PostgreSQL's find nothing sure.
 */
async function rankFromData(query: string): Promise<RankedCode[]> {
  const words = pasteShards(query);
  const about = aboutMySqlFamily(query);
  // A MySQL client's line is never answered by a PostgreSQL page (rank.ts): its formats need not load.
  const postgresWords = pasteShape(query) === 'mysql-family' ? [] : words;
  // A paste of neither shape may be MySQL's message without its number: MySQL's formats, and the
  // vocabulary the typo check then reads, download behind PostgreSQL's (at low priority) instead
  // of after PostgreSQL's have been ranked; compiled only if they are needed.
  if (mayBeMySqlFamily(query)) {
    for (const file of [...words.map((shard) => `search/mysql/${shard}.json`), 'search/words.json']) searchFile(file, undefined, 'low').catch(() => {});
  }
  const [{ needsMySqlMessages, prepareIndex, rankCodes }, core, numbers, postgres, mysql] = await Promise.all([
    engine(),
    loadCore(),
    loadNumbers(query),
    shardsOf('messages', postgresWords),
    about ? shardsOf('mysql', words) : [],
  ]);
  const ranked = rankCodes(query, prepareIndex(joinShards(core, [...postgres, ...mysql], numbers)));
  if (about || !needsMySqlMessages(query, ranked)) return ranked;
  return rankCodes(query, prepareIndex(joinShards(core, [...postgres, ...(await shardsOf('mysql', words))], numbers)));
}

function loadFullText(): Promise<Pagefind> {
  fullText ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
    // No worker: the index is small enough to search on the page, and the worker script would
    // add 12 KB (gzip) to the first full-text search.
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    return pagefind;
  });
  return fullText;
}

interface Result {
  /** The page's key (src/lib/search/which-database.ts): 23505, mysql/1062, sqlstate/08004. */
  code: string;
  condition: string;
  url: string;
  /** Plain text, or Pagefind's excerpt split into [text, marked, text, ...]. */
  snippet: string | string[];
  /** The snippet is a message format: its placeholders show as the words they stand for. */
  isFormat?: boolean;
  /** The code's one-line summary, shown under the snippet when the snippet is something else. */
  summary?: string;
}

const keyUrl = (key: string) => `${base}${pathOfKey(key)}`;

/** What a result says its page is, before the name: every result names its database. */
const DATABASE_LABELS: Record<string, string> = { postgresql: 'PostgreSQL', mysql: 'MySQL', mariadb: 'MariaDB', pgbouncer: 'PgBouncer', sqlstate: 'SQLSTATE' };

/** Pagefind's page metadata as a key: pages of other databases say which in `database`. */
const keyOfPage = (meta: Record<string, string>) => (meta.database ? `${meta.database}/${meta.code}` : meta.code!);

async function fullTextResults(query: string): Promise<Result[]> {
  const [pagefind, { isAccidentalHit, wordsOf }] = await Promise.all([loadFullText(), engine()]);
  const found = await pagefind.search(query);
  // Each result's data is a fragment download: a handful is all the page shows below the data hits.
  const data = await Promise.all((found?.results ?? []).slice(0, 5).map((r) => r.data()));
  const typed = wordsOf(query).split(' ');
  return data
    .filter((d) => d.meta.code)
    .map((d) => ({
      code: keyOfPage(d.meta),
      condition: d.meta.condition ?? '',
      url: keyUrl(keyOfPage(d.meta)),
      snippet: d.excerpt.split(/<\/?mark>/).map(decodeEntities),
      summary: d.meta.summary,
    }))
    .filter((result) => !isAccidentalHit(result.snippet.filter((_, i) => i % 2 === 1), typed));
}

/** Pagefind's excerpt text with its entities decoded; a textarea parses it as text, so no tag is created and spaces survive. */
function decodeEntities(html: string): string {
  const text = document.createElement('textarea');
  text.innerHTML = html;
  return text.value;
}

/** One result per code, in the order offered. */
function merged(...lists: Result[][]): Result[] {
  const seen = new Set<string>();
  return lists.flat().filter((result) => !seen.has(result.code) && seen.add(result.code)).slice(0, 20);
}

/**
 * Data hits (codes, condition names, message formats) are shown as soon as they are ranked;
 * Pagefind's full-text hits follow when the data alone cannot answer the query.
 */
export async function search(
  query: string,
  show: (results: Result[], failures: string[], readAs?: string, answer?: string) => void,
): Promise<void> {
  const failures: string[] = [];
  const rank = (text: string) =>
    rankFromData(text)
      .catch((error: unknown) => {
        failures.push(String(error));
        return [];
      });
  const loaded = await engine().catch((error: unknown) => void failures.push(String(error)));
  if (!loaded) return show([], failures);
  const { correctTypos, needsFullText, soleAnswer, worthCorrecting } = loaded;
  let ranked = await rank(query);
  let readAs: string | undefined;
  if (worthCorrecting(ranked, query)) {
    // Nothing sure: a misspelt word may be why. Read each word the messages lack as its nearest
    // word there, and keep the result only if it is sure.
    const corrected = await searchFile<string[]>('search/words.json').then((words) => correctTypos(query, words), () => undefined);
    if (corrected && corrected.corrections.length > 0) {
      const again = await rank(corrected.text);
      if (!needsFullText(again)) [ranked, readAs] = [again, corrected.text];
    }
  }
  const summaries = new Map(await loadCore().then((core) => core.codes.map(([code, , summary]) => [code, summary]), () => []));
  const own = ranked.map((hit) => ({
    code: hit.code,
    condition: hit.condition,
    url: keyUrl(hit.code),
    snippet: hit.snippet,
    isFormat: hit.isFormat,
    summary: summaries.get(hit.code),
  }));
  if (!needsFullText(ranked)) return show(own, failures, readAs, soleAnswer(ranked)?.code);
  // Stop words alone ("the") are no query: Pagefind would match them on every page.
  if (!hasTellingWord(cleanQuery(query).text || query)) return show(own, failures);
  if (own.length > 0) show(own, failures);
  const full = await fullTextResults(cleanQuery(query).text || query).catch((error: unknown) => {
    failures.push(String(error));
    return [];
  });
  show(merged(own, full), failures);
}

/** A format with each placeholder as its word in a <var>, the placeholder in its title (as ReadableFormat.astro renders it). */
function readableFormatNodes(format: string, dialect: ReturnType<typeof dialectOf>): (string | HTMLElement)[] {
  return formatParts(format, dialect).map((part) => {
    if ('text' in part) return part.text;
    const word = document.createElement('var');
    word.textContent = part.word;
    word.title = part.placeholder;
    return word;
  });
}

function renderResult(result: Result): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.dataset.searchResult = result.code;
  const code = document.createElement('code');
  code.textContent = idOfKey(result.code);
  link.append(code, ' ');
  const database = DATABASE_LABELS[databaseOfKey(result.code)];
  if (database) {
    const label = document.createElement('span');
    label.className = 'database';
    label.textContent = database;
    link.append(label, ' ');
  }
  // A break opportunity after each underscore, as BreakAtUnderscores.astro gives the pages.
  const name = breakAfterUnderscores(result.condition);
  link.append(...name.flatMap((part, i) => (i < name.length - 1 ? [part, document.createElement('wbr')] : [part])));
  const snippet = document.createElement('span');
  snippet.className = 'snippet';
  if (result.isFormat && typeof result.snippet === 'string') {
    snippet.append(...readableFormatNodes(result.snippet, dialectOf(result.code)));
  } else {
    const parts = typeof result.snippet === 'string' ? [result.snippet] : result.snippet;
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        const mark = document.createElement('mark');
        mark.textContent = part;
        snippet.append(mark);
      } else {
        snippet.append(part);
      }
    });
  }
  item.append(link, snippet);
  if (result.summary && result.summary !== result.snippet) {
    const summary = document.createElement('span');
    summary.className = 'summary';
    summary.textContent = result.summary;
    item.append(summary);
  }
  return item;
}

export function startSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
  const form = input.form!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  let latest = 0;

  async function run(query: string) {
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    await search(query, (results, failures, readAs, answer) => {
      if (ticket !== latest) return; // a newer query has started
      list.replaceChildren(...results.map(renderResult));
      if (results.length > 0) {
        const count = `${results.length} result${results.length > 1 ? 's' : ''}`;
        const sure = results.find((result) => result.code === answer);
        // One sure answer: said plainly, so the reader need not weigh the list.
        const said = sure ? `The answer: ${idOfKey(sure.code)} ${sure.condition} (${DATABASE_LABELS[databaseOfKey(sure.code)]})` : count;
        status.textContent = readAs ? `Showing results for “${readAs}” (${count})` : said;
      } else if (failures.length > 0) {
        status.replaceChildren(`The search index could not load (${failures[0]}). `, browseLink('postgresql/', 'Browse all codes by class'));
      } else {
        status.replaceChildren(
          'No results: no message, code or page of this site holds those words. Browse ',
          browseLink('postgresql/', 'PostgreSQL’s codes'),
          ', ',
          browseLink('mysql/', 'MySQL’s errors'),
          ', ',
          browseLink('mariadb/', 'MariaDB’s errors'),
          ' or ',
          browseLink('sqlstate/', 'SQLSTATEs across databases'),
          '.',
        );
      }
    });
  }

  function browseLink(path: string, text: string): HTMLAnchorElement {
    const link = document.createElement('a');
    link.href = `${base}${path}`;
    link.textContent = text;
    return link;
  }

  // A one-line box strips a paste's line breaks, gluing a log's lines together: keep them as line separators.
  input.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!/[\r\n]/.test(text)) return;
    event.preventDefault();
    const [start, end] = [input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length];
    input.setRangeText(keepLineBreaks(text), start, end, 'end');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    // The downloads start now; the search itself waits for a pause in the typing.
    if (input.value.trim()) prefetch(input.value);
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 150);
  });
  // The core index is needed by every search: fetched once the box has the reader's attention.
  const warm = () => void Promise.all([loadCore(), engine()]).catch(() => {});
  input.addEventListener('focus', warm, { once: true });
  if (document.activeElement === input) warm();
  /** A code or condition name typed exactly opens its page instead of a one-item list; anything else is searched. */
  async function openOrRun(query: string): Promise<void> {
    // Only a single word can name a code, a number or a condition exactly: anything longer is
    // searched at once, without waiting for the rows that would tell.
    if (/\s/.test(query.trim())) return run(query);
    prefetch(query);
    const rows = await Promise.all([loadCore(), loadNumbers(query)]).then(
      ([core, numbers]) => [...core.codes, ...numbers],
      () => [],
    );
    const code = exactCode(query, rows);
    if (code) location.replace(keyUrl(code));
    else await run(query);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void openOrRun(input.value);
  });

  // Arrow keys move between the box and the results; Enter follows the focused link.
  document.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && links.length > 0 && (document.activeElement === input || at >= 0)) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : links[at - 1]!).focus();
    }
  });

  const initial = new URL(location.href).searchParams.get('q') ?? '';
  if (initial) {
    input.value = initial;
    void openOrRun(initial);
  }
}
