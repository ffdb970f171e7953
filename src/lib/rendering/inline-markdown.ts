// Frontmatter prose (causes, fixes, pitfalls) allows the inline Markdown writers use in a
// sentence: `code`, **bold**, *emphasis* and [links](https://...). Nothing else, so the output
// is always safe to set as HTML.

import { withBasePath } from '../site/base-links';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(((?:https?:\/\/|\/|#)[^\s)]+)\)/g;

/** `base` is the site's base path: root-relative links (/postgresql/53300/) get it in front. */
export function inlineMarkdown(text: string, base = '/'): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    html += escapeHtml(text.slice(last, match.index));
    const [, code, strong, em, label, href] = match;
    if (code !== undefined) html += `<code>${escapeHtml(code)}</code>`;
    else if (strong !== undefined) html += `<strong>${inlineMarkdown(strong, base)}</strong>`;
    else if (em !== undefined) html += `<em>${inlineMarkdown(em, base)}</em>`;
    else html += `<a href="${escapeHtml(withBasePath(href!, base))}">${inlineMarkdown(label!, base)}</a>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}
