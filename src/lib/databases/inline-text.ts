// Inline content from a page view (src/lib/databases/error-page.ts) as the reader reads it,
// without its markup: what the tests compare with the sentences a page must say.
import type { Inline } from './error-page';

export function inlineText(parts: readonly Inline[]): string {
  return parts
    .map((part) =>
      typeof part === 'string' ? part : 'code' in part ? part.code : 'href' in part ? inlineText(part.parts) : 'underscores' in part ? part.underscores : part.format,
    )
    .join('');
}
