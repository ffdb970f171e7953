import { expect, test } from 'vitest';
import { llmsTxt } from './llms';

const text = llmsTxt({
  databases: [
    { name: 'PostgreSQL', url: '/postgresql/', errors: 263, unit: 'SQLSTATE', listing: 'by class and number', apiFile: '/api/postgresql.json', entries: [{ title: '23505 unique_violation', markdownUrl: '/postgresql/23505.md', summary: 'A key exists.' }] },
    { name: 'MySQL', url: '/mysql/', errors: 1805, unit: 'error number', listing: 'by class and number', apiFile: '/api/mysql.json', entries: [] },
    { name: 'PgBouncer', url: '/pgbouncer/', errors: 172, unit: 'message', listing: 'with its SQLSTATE', apiFile: '/api/pgbouncer.json', entries: [] },
  ],
  sqlstate: { url: '/sqlstate/', count: 302 },
  api: { page: '/api/', index: '/api/index.json', codeMaps: [{ name: 'PostgreSQL', url: '/api/postgresql/codes.json' }] },
  search: '/search/',
});

test('follows llms.txt\'s shape: an h1, a summary quote, then sections of links, none empty', () => {
  const blocks = text.split('\n\n');
  expect(blocks[0]).toBe('# SQLSTATE Reference');
  expect(blocks[1]).toMatch(/^> /);
  expect(text.match(/^## .*/gm)).toEqual(['## Indexes', '## API', '## PostgreSQL entries']);
});

test('counts each database\'s pages and links the indexes, the API and each entry\'s Markdown copy', () => {
  expect(text).toContain('PostgreSQL (263 SQLSTATEs), MySQL (1,805 error numbers), PgBouncer (172 messages)');
  expect(text).toContain('- [PgBouncer](/pgbouncer/): every message with its SQLSTATE');
  expect(text).toContain('- [PgBouncer data](/api/pgbouncer.json): ');
  expect(text).toContain('- [MySQL](/mysql/): every error number by class and number');
  expect(text).toContain('- [File index](/api/index.json): ');
  expect(text).toContain('- [23505 unique_violation](/postgresql/23505.md): A key exists.');
});
