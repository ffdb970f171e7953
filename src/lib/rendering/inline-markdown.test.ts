import { describe, expect, test } from 'vitest';
import { inlineMarkdown } from './inline-markdown';

describe('inlineMarkdown', () => {
  test('renders code, bold, emphasis and links', () => {
    expect(inlineMarkdown('Set `max_connections` **once**, *then* read [the docs](https://www.postgresql.org/docs/)')).toBe(
      'Set <code>max_connections</code> <strong>once</strong>, <em>then</em> read <a href="https://www.postgresql.org/docs/">the docs</a>',
    );
  });

  test('escapes HTML in text and in code', () => {
    expect(inlineMarkdown('<b> and `a < b`')).toBe('&#60;b&#62; and <code>a &#60; b</code>');
  });

  test('leaves links to other schemes as text', () => {
    expect(inlineMarkdown('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
  });
});

describe('inlineMarkdown under a base path', () => {
  test('puts the base in front of links to other pages of the site, not other hosts', () => {
    expect(inlineMarkdown('See [53300](/postgresql/53300/) and [docs](https://www.postgresql.org/docs/).', '/docs/')).toBe(
      'See <a href="/docs/postgresql/53300/">53300</a> and <a href="https://www.postgresql.org/docs/">docs</a>.',
    );
  });
});
