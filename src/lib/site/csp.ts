// The site's Content-Security-Policy: only the site's own scripts and styles, the inline ones
// by hash, and WebAssembly for Pagefind. Each page's policy is computed from the page as Astro
// renders it (src/middleware.ts), so it lists exactly the inline scripts and styles that page
// carries: Astro's own CSP option also lists every client directive and bundled file on every
// page, a few hundred bytes of the first-load budget for nothing. _headers sends the union.
import { createHash } from 'node:crypto';
import { memoized } from './memo';

/** Script types the browser runs; other types (application/ld+json) are data the CSP ignores. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/** Memoized: every page carries the same few stylesheets and scripts, hashed once each. */
export const cspHash = memoized((content) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`);

/** The hashes of the inline scripts the browser would run and of the <style> elements. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (SCRIPT_TYPES.has(type)) scripts.add(cspHash(body));
  }
  const styles = new Set<string>();
  for (const [, , body = ''] of html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi)) styles.add(cspHash(body));
  return { scripts: [...scripts], styles: [...styles] };
}

/** Inline style="" attributes and on*="" handlers: the policy blocks both, so the site has none. */
export function blockedInlineAttributes(html: string): string[] {
  const found: string[] = [];
  // Attribute by attribute, so that a value holding " style=" is not taken for an attribute.
  for (const [, attributes = ''] of html.matchAll(/<[a-z][a-z0-9-]*((?:\s+[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/gi)) {
    for (const [, name = '', value] of attributes.matchAll(/\s+([^\s=>"'/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g)) {
      if (/^(style|on[a-z]+)$/i.test(name)) found.push(`${name}=${value ?? ''}`);
    }
  }
  return found;
}

/** One policy allowing the inline scripts and styles of every page given. */
export function contentSecurityPolicy(pages: InlineHashes[]): string {
  const union = (pick: (p: InlineHashes) => string[]) => [...new Set(pages.flatMap(pick))].sort();
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...union((p) => p.scripts)].join(' '),
    ["style-src 'self'", ...union((p) => p.styles)].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The inline hashes a policy from contentSecurityPolicy() allows, read back from its text. */
export function policyHashes(policy: string): InlineHashes {
  const directive = (name: string) => policy.split(';').map((d) => d.trim().split(/\s+/)).find(([first]) => first === name) ?? [];
  const hashes = (name: string) => directive(name).filter((source) => source.startsWith("'sha256-"));
  return { scripts: hashes('script-src'), styles: hashes('style-src') };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The page with the policy as the first thing in <head> after the charset, so that it governs
 * every script and style that follows.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${escapeAttribute(policy)}">`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('csp: the page has no <head>');
  const afterHead = head.index + head[0].length;
  const charset = /^\s*<meta charset=[^>]*>/i.exec(html.slice(afterHead));
  const at = afterHead + (charset ? charset[0].length : 0);
  return html.slice(0, at) + meta + html.slice(at);
}

/** The page with a policy that allows exactly its own inline scripts and styles. */
export function withOwnPolicy(html: string): string {
  return withPolicyMeta(html, contentSecurityPolicy([inlineHashes(html)]));
}
