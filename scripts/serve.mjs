#!/usr/bin/env node
// Serves the built site (dist/) on localhost: what `npm start` and the browser tests use.
// A tiny static server of our own, because `astro preview` allows only one instance per
// machine and the tests must not collide with a reader's running copy.
// Usage: node scripts/serve.mjs [--port N] [--dir dist] [--base /docs/] [--gzip]
import { createReadStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from '../src/lib/site/site-files.ts';
import { LOCAL_PORT } from '../src/lib/site/origin.ts';

const USAGE = `Usage: node scripts/serve.mjs [--port N] [--dir FOLDER] [--base PATH]

Serves a built site with the headers its _headers file gives.

  --port N       the port to listen on (default: $PORT or ${LOCAL_PORT}, the port a local build links to)
  --dir FOLDER   the built site (default: dist)
  --base PATH    the base path the site was built with (default: $BASE_PATH or /)
  --gzip         compress text responses for clients that accept gzip, as static hosts do
                 (default: no compression)
  --help         print this and exit`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? String(LOCAL_PORT) },
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      gzip: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const root = resolve(values.dir);
const base = values.base.replace(/\/?$/, '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The file for a URL path inside dist/, or null; never a path outside it. */
async function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (relative.startsWith('..')) return null;
  let file = join(root, relative);
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = join(file, 'index.html');
  return (await stat(file).catch(() => null))?.isFile() ? file : null;
}

const server = createServer(async (request, response) => {
  // The request target is a path; read it as one, so that "//x" is a path too, not a host.
  const { pathname } = new URL(`http://localhost${request.url?.startsWith('/') ? request.url : '/'}`);
  // Directory URLs without their slash redirect, as static hosts do.
  if (!extname(pathname) && !pathname.endsWith('/') && (await fileFor(`${pathname}/`))) {
    response.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  const file = await fileFor(pathname);
  const status = file ? 200 : 404;
  const served = file ?? join(root, '404.html');
  // The build's _headers (the Content-Security-Policy among them), as static hosts send them;
  // read on every request, so a rebuild under a running server is served with its own policy.
  const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const type = TYPES[extname(served)] ?? 'application/octet-stream';
  // Text only: Pagefind's index files are gzip streams already, and images are compressed.
  const gzip = values.gzip && /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(status, [...headersFor(pathname, rules), ['Content-Type', type], ...(gzip ? [['Content-Encoding', 'gzip'], ['Vary', 'Accept-Encoding']] : [])]);
  const body = createReadStream(served);
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${values.dir}/ at http://localhost:${values.port}${base}`);
});
