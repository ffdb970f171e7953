// The Markdown copy of a written entry (/postgresql/23505.md, /mysql/1062.md), for AI tools and
// readers who want the text without the page: the same sections, in the page's order and with its
// headings (entry-sections.ts), rendered from the entry's data.
import { ENTRY_SECTIONS, type SectionId } from './entry-sections';
import type { Entry } from './entry-schema';
import type { MySqlFamilyEntry } from './mysql-family-entry';
import { fixProof, fixProofLabel, type FixServer } from './fix-proof';
import { getSqlState } from '../databases/postgresql/facts';
import { findMySqlError, familyName, type MySqlFamilyId } from '../databases/mysql-family/facts';
import { withBasePath } from '../site/base-links';

/** What any written entry gives its Markdown copy. */
export interface MarkdownEntry {
  /** The h1: "PostgreSQL 23505 unique_violation". */
  title: string;
  /** The entry's page, which the copy names as its source. */
  url: string;
  summary: string;
  /** The message formats readers see, the usual one first. */
  messages: readonly string[];
  /** The body of the entry file: what the error means, in Markdown. */
  meaning: string;
  causes: readonly { title: string; detail: string }[];
  fixes: readonly { title: string; when: string; lang: string; code: string; why: string; proof: string }[];
  avoid: readonly { title: string; detail: string }[];
  related: readonly { label: string; path: string; note: string }[];
  sources: readonly { title: string; url: string }[];
}

/** A title as a bold lead-in: a full stop unless it ends with its own. */
const sentence = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);

const heading = (id: SectionId) => `## ${ENTRY_SECTIONS.find((section) => section.id === id)!.label}`;

/** A fence longer than any run of backticks in the code, so a snippet holding ``` stays inside it. */
function fenced(code: string, lang: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${code.replace(/\n$/, '')}\n${fence}`;
}

/** Writers link entries as /postgresql/53300/; under a base path the copy needs the base, like the page. */
const withBaseLinks = (markdown: string, base: string) => markdown.replace(/\]\((\/[^)\s]*)\)/g, (_, href: string) => `](${withBasePath(href, base)})`);

export function entryMarkdown(entry: MarkdownEntry, base: string): string {
  const sections: (string | false)[] = [
    `# ${entry.title}`,
    `> ${entry.summary}`,
    entry.messages.length > 0 && `Message${entry.messages.length > 1 ? 's' : ''}: ${entry.messages.map((m) => `\`${m}\``).join(', ')}`,
    `Page: ${entry.url}`,
    heading('meaning'),
    entry.meaning.trim(),
    heading('causes'),
    entry.causes.map((cause, i) => `${i + 1}. **${sentence(cause.title)}** ${cause.detail}`).join('\n'),
    heading('fixes'),
    ...entry.fixes.map((fix) => [`### ${fix.title}`, `When: ${fix.when}`, fenced(fix.code, fix.lang), fix.why, fix.proof].join('\n\n')),
    entry.avoid.length > 0 && heading('avoid'),
    entry.avoid.length > 0 && entry.avoid.map((pitfall) => `- **${sentence(pitfall.title)}** ${pitfall.detail}`).join('\n'),
    entry.related.length > 0 && heading('related'),
    entry.related.length > 0 && entry.related.map((related) => `- [${related.label}](${related.path}): ${related.note}`).join('\n'),
    heading('sources'),
    entry.sources.map((source) => `- [${source.title}](${source.url})`).join('\n'),
  ];
  return withBaseLinks(sections.filter((section): section is string => Boolean(section)).join('\n\n'), base) + '\n';
}

/** The line under a fix: where it ran, or why it could not. */
function proofLine(fix: Entry['fixes'][number], server: FixServer): string {
  const proof = fixProof(fix, server);
  return 'tested' in proof ? `${fixProofLabel(proof, server)}.` : `Not run in the tests: ${proof.untested}`;
}

const fixesFor = (fixes: Entry['fixes'], server: FixServer) => fixes.map((fix) => ({ ...fix, proof: proofLine(fix, server) }));

/** A PostgreSQL entry's copy; `messages` are its formats as the page lists them first. */
export function postgresMarkdownEntry(entry: Entry, body: string, url: string, messages: readonly string[]): MarkdownEntry {
  return {
    title: `PostgreSQL ${entry.code} ${entry.condition}`,
    url,
    summary: entry.summary,
    messages,
    meaning: body,
    causes: entry.causes,
    fixes: fixesFor(entry.fixes, 'postgresql'),
    avoid: entry.avoid,
    related: entry.related.map((related) => ({ label: `${related.code} ${getSqlState(related.code).condition}`, path: `/postgresql/${related.code}/`, note: related.note })),
    sources: entry.sources,
  };
}

/** A MySQL or MariaDB entry's copy; `messages` is the format the server words the error with. */
export function mysqlMarkdownEntry(database: MySqlFamilyId, entry: MySqlFamilyEntry, body: string, url: string, messages: readonly string[]): MarkdownEntry {
  return {
    title: `${familyName(database)} error ${entry.number} ${entry.symbol}`,
    url,
    summary: entry.summary,
    messages,
    meaning: body,
    causes: entry.causes,
    fixes: fixesFor(entry.fixes, database),
    avoid: entry.avoid,
    related: entry.related.map((related) =>
      related.error !== undefined
        ? { label: `${related.error} ${findMySqlError(database, related.error)!.symbol}`, path: `/${database}/${related.error}/`, note: related.note }
        : { label: `SQLSTATE ${related.sqlstate}`, path: `/sqlstate/${related.sqlstate}/`, note: related.note },
    ),
    sources: entry.sources,
  };
}
