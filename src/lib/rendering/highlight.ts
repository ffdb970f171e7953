// Code blocks are highlighted in a worker thread (highlight-worker.ts): pages render on the main
// thread while Shiki tokenizes on the other core, and astro.config.mjs lets several pages render
// at once so the main thread has work while it waits.
import { Worker } from 'node:worker_threads';
import type { HighlightReply, HighlightRequest } from './highlight-worker.ts';

/** Set by astro.config.mjs (Vite's define): the worker's absolute path, which bundling would otherwise lose. */
declare const __HIGHLIGHT_WORKER__: string;

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (html: string) => void; reject: (error: Error) => void }>();

function highlighter(): Worker {
  if (worker) return worker;
  worker = new Worker(__HIGHLIGHT_WORKER__);
  worker.on('message', (reply: HighlightReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    // Idle, the worker must not keep the build's process alive; busy, it must, or the process
    // could end with a page still waiting for its code.
    if (pending.size === 0) worker?.unref();
    if ('html' in reply) waiting?.resolve(reply.html);
    else waiting?.reject(new Error(`highlighting failed: ${reply.error}`));
  });
  worker.on('error', (error: Error) => {
    for (const { reject } of pending.values()) reject(new Error(`the highlighter thread (${__HIGHLIGHT_WORKER__}) failed: ${error.message}`));
    pending.clear();
    worker = undefined;
  });
  return worker;
}

/** The block as HTML, with the same classes and attributes Astro's <Code> gives it. */
export function highlight(code: string, lang: string, label?: string): Promise<string> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const thread = highlighter();
    thread.ref();
    thread.postMessage({ id, code, lang, ...(label ? { label } : {}) } satisfies HighlightRequest);
  });
}
