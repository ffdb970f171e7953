#!/usr/bin/env node
// Regenerates src/data/mysql/server-errors.json and src/data/mariadb/server-errors.json from the
// error lists extracted from the MySQL and MariaDB sources (share/messages_to_clients.txt and
// sql/share/errmsg-utf8.txt). Usage: node scripts/import-mysql-data.mjs <folder with
// mysql-errors.json and mariadb-errors.json> [--client <folder>]. The site never reads those folders.
//
// The client libraries' errors (2000 to 2999) are not in those lists. With --client, the folder
// holds the client sources as their repositories lay them out, each with a source.json that says
// where they came from (repository, path, commit), and client-errors.json is rebuilt beside each
// server file with the numbers the site covers:
//   mysql-client/include/errmsg.h, mysql-client/libmysql/errmsg.cc        (mysql/mysql-server)
//   mariadb-client/include/errmsg.h, mariadb-client/libmariadb/ma_errmsg.c (MariaDB Connector/C)
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The client errors each database's pages cover; Connector/C has no 2059 or 2061 that its clients report. */
const CLIENT_ERRORS = {
  mysql: [2002, 2003, 2005, 2006, 2013, 2014, 2026, 2055, 2059, 2061],
  mariadb: [2002, 2003, 2005, 2006, 2013, 2014, 2026, 2055],
};
const CLIENT_SOURCES = {
  mysql: { header: 'include/errmsg.h', messages: 'libmysql/errmsg.cc' },
  mariadb: { header: 'include/errmsg.h', messages: 'libmariadb/ma_errmsg.c' },
};

const args = process.argv.slice(2);
const clientAt = args.indexOf('--client');
const clientDir = clientAt >= 0 ? args[clientAt + 1] : undefined;
const from = args.find((arg, index) => !arg.startsWith('--') && index !== clientAt + 1);
if (!from || (clientAt >= 0 && !clientDir)) {
  console.error('usage: node scripts/import-mysql-data.mjs <data folder> [--client <client sources folder>]');
  process.exit(2);
}

/** The symbols of errmsg.h by number: the first CR_ name defined as each number, skipping range markers. */
function clientSymbols(header) {
  const symbols = new Map();
  for (const [, name, number] of header.matchAll(/^#define\s+(CR_\w+)\s+(?:\/\*.*?\*\/\s*)?(\d{4})\b/gm)) {
    if (/^CR_(MIN|MAX)_ERROR$|^CR_ERROR_(FIRST|LAST)$|_LAST_ERROR$/.test(name)) continue;
    if (!symbols.has(Number(number))) symbols.set(Number(number), name);
  }
  return symbols;
}

/** The messages of the client_errors[] array in order, numbered from 2000; C string literals side by side join. */
function clientMessages(source) {
  const body = /client_errors\s*\[\s*\]\s*=\s*\{([\s\S]*?)\};/.exec(source)?.[1];
  if (body === undefined) throw new Error('no client_errors[] array in the messages file');
  const text = body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const messages = [];
  let current;
  for (const [token] of text.matchAll(/"(?:[^"\\]|\\.)*"|,/g)) {
    if (token === ',') {
      if (current !== undefined) messages.push(current);
      current = undefined;
    } else {
      current = (current ?? '') + token.slice(1, -1).replace(/\\(["\\'])/g, '$1');
    }
  }
  if (current !== undefined) messages.push(current);
  return new Map(messages.map((message, index) => [2000 + index, message]));
}

for (const database of ['mysql', 'mariadb']) {
  const extracted = JSON.parse(readFileSync(join(resolve(from), `${database}-errors.json`), 'utf8'));
  const out = resolve(import.meta.dirname, `../src/data/${database}`);
  mkdirSync(out, { recursive: true });
  // Obsolete and placeholder numbers ("You should never see it") reach no client: no page.
  const errors = extracted.errors.map(({ number, symbol, sqlstate, message }) => ({ number, symbol, sqlstate, message }));
  const file = { source: extracted.source, errors };
  writeFileSync(join(out, 'server-errors.json'), JSON.stringify(file, null, 1) + '\n');
  console.log(`${database}: ${errors.length} server errors`);

  if (!clientDir) continue;
  const dir = join(resolve(clientDir), `${database}-client`);
  const paths = CLIENT_SOURCES[database];
  for (const path of [paths.header, paths.messages, 'source.json']) {
    if (!existsSync(join(dir, path))) throw new Error(`${join(dir, path)} is missing`);
  }
  const symbols = clientSymbols(readFileSync(join(dir, paths.header), 'utf8'));
  const messages = clientMessages(readFileSync(join(dir, paths.messages), 'utf8'));
  const clientErrors = CLIENT_ERRORS[database].map((number) => {
    const symbol = symbols.get(number);
    const message = messages.get(number);
    if (!symbol || !message) throw new Error(`${database}: ${dir} defines no ${!symbol ? 'symbol' : 'message'} for client error ${number}`);
    // Every client error is reported with SQLSTATE HY000 (unknown_sqlstate in libmysql, SQLSTATE_UNKNOWN in Connector/C).
    return { number, symbol, sqlstate: 'HY000', message };
  });
  const source = JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8'));
  writeFileSync(join(out, 'client-errors.json'), JSON.stringify({ source, errors: clientErrors }, null, 1) + '\n');
  console.log(`${database}: ${clientErrors.length} client errors`);
}
