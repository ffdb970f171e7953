// Writers link to other entries as /postgresql/53300/, the path on a site served from the root.
// Under a base path (/docs/) that link must become /docs/postgresql/53300/: these put the base in
// front of root-relative links, in MDX bodies (a Sätteri mdast plugin, Astro's Markdown
// processor) and in frontmatter prose (inline-markdown.ts).

/** "/postgresql/53300/" -> "/docs/postgresql/53300/"; other URLs (https:, #x, //host, relative) unchanged. */
export function withBasePath(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return base.replace(/\/?$/, '/') + href.slice(1);
}

interface UrlNode {
  url: string;
}
interface MdastContext {
  setProperty(node: UrlNode, key: 'url', value: string): void;
}

/** The mdast plugin: links, images and link definitions get the base. */
export function baseLinksPlugin(base: string) {
  const rewrite = (node: UrlNode, ctx: MdastContext) => {
    const url = withBasePath(node.url, base);
    if (url !== node.url) ctx.setProperty(node, 'url', url);
  };
  return { name: 'sqlstate:base-links', link: rewrite, image: rewrite, definition: rewrite };
}
