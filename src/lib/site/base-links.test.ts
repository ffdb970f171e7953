import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { baseLinksPlugin, withBasePath } from './base-links';

describe('withBasePath', () => {
  test('puts the base in front of root-relative links', () => {
    expect(withBasePath('/postgresql/53300/', '/docs/')).toBe('/docs/postgresql/53300/');
    expect(withBasePath('/postgresql/53300/#causes', '/docs')).toBe('/docs/postgresql/53300/#causes');
  });

  test('leaves a root deployment, other hosts, fragments and relative links alone', () => {
    expect(withBasePath('/postgresql/53300/', '/')).toBe('/postgresql/53300/');
    expect(withBasePath('https://www.postgresql.org/docs/', '/docs/')).toBe('https://www.postgresql.org/docs/');
    expect(withBasePath('//errors.test/x', '/docs/')).toBe('//errors.test/x');
    expect(withBasePath('#causes', '/docs/')).toBe('#causes');
    expect(withBasePath('../23505/', '/docs/')).toBe('../23505/');
  });
});

describe('baseLinksPlugin', () => {
  test('rewrites inline links, reference links and images in Markdown that Sätteri renders', () => {
    const markdown = 'See [53300](/postgresql/53300/), [the docs](https://www.postgresql.org/) and [42P01][ref].\n\n![icon](/favicon.svg)\n\n[ref]: /postgresql/42P01/';
    const { html } = markdownToHtml(markdown, { mdastPlugins: [baseLinksPlugin('/docs/')] }) as { html: string };
    expect(html).toContain('<a href="/docs/postgresql/53300/">53300</a>');
    expect(html).toContain('<a href="https://www.postgresql.org/">the docs</a>');
    expect(html).toContain('<a href="/docs/postgresql/42P01/">42P01</a>');
    expect(html).toContain('src="/docs/favicon.svg"');
  });
});
