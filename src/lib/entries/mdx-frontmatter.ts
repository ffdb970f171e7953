// The entries' frontmatter is their data: the content collection reads and validates it, and the
// pages take it from there. @astrojs/mdx would also compile it into every entry's module
// (`export const frontmatter = {...}`), where nothing reads it: in a written entry it is most of
// the file (causes, fixes, reproduction), so every module would carry a second copy through the
// bundler and into the compiler at render time.

/** An MDX file's leading `---` YAML block. */
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/;

/**
 * The MDX source with its frontmatter blanked out, line for line, so that MDX errors in the body
 * still point at the right line of the file.
 */
export function withoutFrontmatter(source: string): string {
  const block = FRONTMATTER.exec(source)?.[0];
  return block === undefined ? source : block.replace(/[^\r\n]/g, '') + source.slice(block.length);
}

/**
 * A Vite plugin that hands @astrojs/mdx the entries' bodies only. `enforce: 'pre'` and listed
 * before the integrations' plugins, it transforms each .mdx file before MDX compiles it.
 */
export function mdxBodyOnlyVitePlugin() {
  return {
    name: 'sqlstate:mdx-body-only',
    enforce: 'pre' as const,
    transform: {
      filter: { id: /\.mdx$/ },
      handler: (source: string) => ({ code: withoutFrontmatter(source), map: null }),
    },
  };
}
