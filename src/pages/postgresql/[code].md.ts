// /postgresql/<CODE>.md: the Markdown copy of each written entry, for AI tools (llms.txt lists them).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { entryMarkdown, postgresMarkdownEntry } from '../../lib/entries/markdown';
import { codeFacts } from '../../lib/databases/postgresql/code-facts';
import { findSqlState } from '../../lib/databases/postgresql/facts';
import { apiUrl } from '../../lib/api/site-data';
import { markdownResponse } from '../../lib/site/responses';

/** Where an entry pins no message, the page's first few: a code can have hundreds (XX000). */
const MESSAGES_WITHOUT_PINS = 3;

export const getStaticPaths = (async () =>
  // Bench mode adds entries for codes PostgreSQL lacks; they have no page to copy.
  (await getCollection('postgresql')).filter((entry) => findSqlState(entry.data.code)).map((entry) => ({ params: { code: entry.data.code }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { data, body } = (props as { entry: CollectionEntry<'postgresql'> }).entry;
  const messages = data.commonMessages.length > 0 ? data.commonMessages : codeFacts(data.code).messages.slice(0, MESSAGES_WITHOUT_PINS).map((m) => m.format);
  return markdownResponse(entryMarkdown(postgresMarkdownEntry(data, body ?? '', apiUrl(`postgresql/${data.code}/`), messages), import.meta.env.BASE_URL));
};
