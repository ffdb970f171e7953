import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';

// astro.config.mjs defines the worker's path for the build; the test gives the same one.
beforeAll(() => {
  Object.assign(globalThis, { __HIGHLIGHT_WORKER__: fileURLToPath(new URL('./highlight-worker.ts', import.meta.url)) });
});

const sql = "INSERT INTO accounts (email) VALUES ('ada@example.com');";

describe('highlight', () => {
  test('returns the HTML the highlighter gives in the same thread', async () => {
    const { highlight } = await import('./highlight');
    const { highlightHtml } = await import('./highlight-html');
    expect(await highlight(sql, 'sql', 'Statements')).toBe(await highlightHtml(sql, 'sql', 'Statements'));
  });

  test('colours tokens with classes, not style attributes', async () => {
    const { highlight } = await import('./highlight');
    const html = await highlight(sql, 'sql');
    expect(html).toMatch(/^<pre class="astro-code astro-code-themes github-light github-dark[^"]*" tabindex="0" data-language="sql">/);
    expect(html).toMatch(/<span class="l\d+ d\d+">INSERT INTO<\/span>/);
    expect(html).not.toContain('style=');
  });

  test('answers blocks requested together, each with its own HTML', async () => {
    const { highlight } = await import('./highlight');
    const blocks = ['SELECT 1;', 'SELECT 2;', 'SELECT 3;'];
    const html = await Promise.all(blocks.map((code) => highlight(code, 'sql')));
    html.forEach((block, i) => expect(block).toContain(`> ${i + 1}</span>`));
  });
});
