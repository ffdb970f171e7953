import { describe, expect, test } from 'vitest';
import { breadcrumbList, canonicalUrl, fitTitle, jsonForScript, jsonLd, MAX_TITLE_LENGTH, techArticle, webPage, webSite } from './structured-data';

describe('fitTitle', () => {
  test('takes the first candidate that fits', () => {
    expect(fitTitle(['23505 unique_violation: PostgreSQL error | SQLSTATE Reference', '23505 unique_violation'])).toBe(
      '23505 unique_violation: PostgreSQL error | SQLSTATE Reference',
    );
    const long = `25004 ${'x'.repeat(MAX_TITLE_LENGTH)}`;
    expect(fitTitle([`${long} | SQLSTATE Reference`, '25004 short'])).toBe('25004 short');
  });

  test('falls back to the last candidate when none fits', () => {
    expect(fitTitle(['a'.repeat(80), 'b'.repeat(75)])).toBe('b'.repeat(75));
  });
});

describe('canonicalUrl', () => {
  test('joins the page path to the site origin, keeping a base path', () => {
    expect(canonicalUrl('/docs/postgresql/23505/', new URL('https://errors.test')).href).toBe('https://errors.test/docs/postgresql/23505/');
  });

  test('refuses to guess an origin', () => {
    expect(() => canonicalUrl('/', undefined)).toThrow(/site/);
  });
});

describe('techArticle', () => {
  const facts = {
    url: new URL('https://errors.test/postgresql/23505/'),
    homeUrl: new URL('https://errors.test/'),
    headline: '23505 duplicate key value violates unique constraint | PostgreSQL',
    description: 'A row has the same key as a row already in the table.',
    keywords: ['23505', 'unique_violation', 'SQLSTATE', 'PostgreSQL'],
  };

  test('is a schema.org TechArticle about the page itself, published by the site', () => {
    const article = techArticle({ ...facts, dateModified: '2026-12-07T19:50:37+00:00' });
    expect(article['@type']).toBe('TechArticle');
    expect(article.url).toBe('https://errors.test/postgresql/23505/');
    expect(article.publisher).toEqual({ '@type': 'Organization', name: 'SQLSTATE Reference', url: 'https://errors.test/' });
    expect(article.keywords).toBe('23505, unique_violation, SQLSTATE, PostgreSQL');
    expect(article.dateModified).toBe('2026-12-07T19:50:37+00:00');
  });

  test('leaves dateModified out when the history does not know it', () => {
    expect(techArticle(facts)).not.toHaveProperty('dateModified');
  });
});

describe('breadcrumbList', () => {
  test('numbers the trail from 1, links every step but the page itself', () => {
    const list = breadcrumbList([{ name: 'PostgreSQL', path: '/docs/postgresql/' }, { name: 'Class 23', path: '/docs/postgresql/class/23/' }, { name: '23505' }], new URL('https://errors.test'));
    expect(list).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'PostgreSQL', item: 'https://errors.test/docs/postgresql/' },
        { '@type': 'ListItem', position: 2, name: 'Class 23', item: 'https://errors.test/docs/postgresql/class/23/' },
        { '@type': 'ListItem', position: 3, name: '23505' },
      ],
    });
  });
});

describe('webSite', () => {
  test("offers the search page's ?q= as the site's search", () => {
    const site = webSite(new URL('https://errors.test/'), new URL('https://errors.test/search/'));
    expect(site.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: 'https://errors.test/search/?q={search_term_string}',
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('jsonLd', () => {
  const page = webPage('CollectionPage', 'All codes', new URL('https://errors.test/postgresql/'));
  test('writes one node with its context, several as a graph, none as nothing', () => {
    expect(jsonLd([page])).toEqual({ '@context': 'https://schema.org', '@type': 'CollectionPage', name: 'All codes', url: 'https://errors.test/postgresql/' });
    expect(jsonLd([page, page])).toEqual({ '@context': 'https://schema.org', '@graph': [page, page] });
    expect(jsonLd([])).toBeNull();
  });
});

describe('jsonForScript', () => {
  test('cannot close the script element it is written into', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
