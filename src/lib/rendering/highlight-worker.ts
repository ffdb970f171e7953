// The build's highlighter thread: Shiki's tokenizer is most of an entry page's rendering time,
// and in a worker it runs on the second core while the main thread renders other pages.
import { parentPort } from 'node:worker_threads';
import { highlightHtml } from './highlight-html.ts';

export interface HighlightRequest {
  id: number;
  code: string;
  lang: string;
  label?: string;
}

export type HighlightReply = { id: number; html: string } | { id: number; error: string };

parentPort?.on('message', ({ id, code, lang, label }: HighlightRequest) => {
  highlightHtml(code, lang, label).then(
    (html) => parentPort!.postMessage({ id, html } satisfies HighlightReply),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies HighlightReply),
  );
});
