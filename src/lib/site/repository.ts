// "Report a problem" and "Edit this page" links, built from the one place the repository's
// address is set: package.json's `repository` (npm's field). Without it the links are left out:
// a link to a made-up repository would be worse than none.

/** npm's `repository`: "github:owner/name", "owner/name", a URL, or { url, directory }. */
export type RepositoryField = string | { type?: string; url: string; directory?: string } | undefined;

export interface RepositoryLinks {
  report: string;
  edit: string;
}

/** The branch edit links open; the project publishes from it. */
export const EDIT_BRANCH = 'main';

/** The web address of a GitHub repository as npm's field gives it, or null for none or another host. */
export function repositoryWebUrl(field: RepositoryField): { url: string; directory: string } | null {
  if (!field) return null;
  const raw = typeof field === 'string' ? field : field.url;
  const directory = typeof field === 'string' ? '' : (field.directory ?? '').replace(/^\/|\/$/g, '');
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  const url = shorthand
    ? `https://github.com/${shorthand[1]}`
    : raw.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/^git@github\.com:/, 'https://github.com/').replace(/\.git$/, '');
  if (!/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/.test(url)) return null;
  return { url, directory };
}

/** The two links for a written file (`content/postgresql/23505.mdx`), titled with what the page is about. */
export function repositoryLinks(field: RepositoryField, file: string, subject: string): RepositoryLinks | null {
  const repository = repositoryWebUrl(field);
  if (!repository) return null;
  const path = [repository.directory, file.replace(/^\.\//, '')].filter(Boolean).join('/');
  return {
    report: `${repository.url}/issues/new?title=${encodeURIComponent(`${subject}: `)}`,
    edit: `${repository.url}/edit/${EDIT_BRANCH}/${path}`,
  };
}
