import { describe, expect, it } from 'vitest';
import { repositoryLinks, repositoryWebUrl } from './repository';

describe('repositoryWebUrl', () => {
  it("reads npm's forms of a GitHub repository", () => {
    expect(repositoryWebUrl('github:acme/errors')).toEqual({ url: 'https://github.com/acme/errors', directory: '' });
    expect(repositoryWebUrl('acme/errors')).toEqual({ url: 'https://github.com/acme/errors', directory: '' });
    expect(repositoryWebUrl({ type: 'git', url: 'git+https://github.com/acme/errors.git', directory: 'site/' })).toEqual({
      url: 'https://github.com/acme/errors',
      directory: 'site',
    });
    expect(repositoryWebUrl({ url: 'git@github.com:acme/errors.git' })?.url).toBe('https://github.com/acme/errors');
  });

  it('gives nothing for no repository or one whose issue and edit addresses it cannot tell', () => {
    expect(repositoryWebUrl(undefined)).toBeNull();
    expect(repositoryWebUrl('https://example.net/some/repo')).toBeNull();
  });
});

describe('repositoryLinks', () => {
  it("opens a new issue titled with the page, and GitHub's editor on the entry's file", () => {
    expect(repositoryLinks({ url: 'https://github.com/acme/errors', directory: 'site' }, 'content/postgresql/23505.mdx', 'PostgreSQL 23505')).toEqual({
      report: 'https://github.com/acme/errors/issues/new?title=PostgreSQL%2023505%3A%20',
      edit: 'https://github.com/acme/errors/edit/main/site/content/postgresql/23505.mdx',
    });
  });

  it('hides both links when no repository is set', () => {
    expect(repositoryLinks(undefined, 'content/postgresql/23505.mdx', 'PostgreSQL 23505')).toBeNull();
  });
});
