// /llms.txt (llmstxt.org): what the site is and where its parts are, for AI tools, as Markdown:
// an h1, a one-paragraph summary, then lists of links. Written from the adapters and the written
// entries, so the counts and links follow the data.
import { SITE_NAME } from './structured-data';

export interface LlmsDatabase {
  name: string;
  /** Its index page. */
  url: string;
  /** How many errors the site has a page for. */
  errors: number;
  /** What one of its codes is called: "SQLSTATE", "error number", "message". */
  unit: string;
  /** How its index lists them: "by class and number", "with its SQLSTATE". */
  listing: string;
  /** Its whole API file: /api/postgresql.json. */
  apiFile: string;
  /** The written entries, each with its Markdown copy. */
  entries: readonly { title: string; markdownUrl: string; summary: string }[];
}

export interface LlmsFacts {
  databases: readonly LlmsDatabase[];
  /** The SQLSTATE index, and how many SQLSTATEs any database uses. */
  sqlstate: { url: string; count: number };
  api: { page: string; index: string; codeMaps: readonly { name: string; url: string }[] };
  search: string;
}

const link = (title: string, url: string, note: string) => `- [${title}](${url}): ${note}`;

export function llmsTxt(facts: LlmsFacts): string {
  const count = (n: number) => n.toLocaleString('en-US');
  return [
    `# ${SITE_NAME}`,
    `> What a PostgreSQL SQLSTATE or a MySQL or MariaDB error number means, why it happens, how to fix it and how to catch it in code. Codes and message formats are read from each database's source; reproductions, claims and fixes marked as run were run on real servers in the site's tests (PostgreSQL 14 to 18, MariaDB 10.11; no MySQL server).`,
    [
      `Every code has a page: ${facts.databases.map((d) => `${d.name} (${count(d.errors)} ${d.unit}s)`).join(', ')}, and each of the ${count(facts.sqlstate.count)} SQLSTATEs across them.`,
      'Pages at /postgresql/<SQLSTATE>/, /mysql/<number>/, /mariadb/<number>/, /pgbouncer/<message slug>/ and /sqlstate/<SQLSTATE>/. Written entries (meaning, causes, fixes, what not to do, sources) have a Markdown copy beside the page: /postgresql/23505.md, /mysql/1062.md.',
      `Search with a pasted error message: ${facts.search}?q=<message>.`,
    ].join(' '),
    '## Indexes',
    [
      ...facts.databases.map((d) => link(d.name, d.url, `every ${d.unit} ${d.listing}`)),
      link('SQLSTATE across databases', facts.sqlstate.url, 'what each database reports with a SQLSTATE'),
    ].join('\n'),
    '## API',
    [
      link('API documentation', facts.api.page, 'the JSON files, their fields and schemas'),
      link('File index', facts.api.index, 'every API file with its JSON Schema and version'),
      ...facts.databases.map((d) => link(`${d.name} data`, d.apiFile, `every ${d.unit} with its facts, written fixes and recorded reproduction`)),
      ...facts.api.codeMaps.map((map) => link(`${map.name} code map`, map.url, 'code to name, class, retry verdict and who raises it')),
    ].join('\n'),
    ...facts.databases.filter((d) => d.entries.length > 0).flatMap((d) => [`## ${d.name} entries`, d.entries.map((e) => link(e.title, e.markdownUrl, e.summary)).join('\n')]),
    '',
  ].join('\n\n');
}
