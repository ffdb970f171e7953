import { describe, expect, test } from 'vitest';
import { canonicalUrl, fitTitle, jsonForScript, MAX_TITLE_LENGTH, techArticle } from './structured-data';

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
  const article = techArticle({
    url: new URL('https://errors.test/postgresql/23505/'),
    homeUrl: new URL('https://errors.test/'),
    headline: '23505 unique_violation: PostgreSQL error',
    description: 'A row has the same key as a row already in the table.',
    code: '23505',
    condition: 'unique_violation',
  });

  test('is a schema.org TechArticle about the page itself', () => {
    expect(article['@context']).toBe('https://schema.org');
    expect(article['@type']).toBe('TechArticle');
    expect(article.url).toBe('https://errors.test/postgresql/23505/');
    expect(article.isPartOf.url).toBe('https://errors.test/');
    expect(article.keywords).toContain('unique_violation');
  });
});

describe('jsonForScript', () => {
  test('cannot close the script element it is written into', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
