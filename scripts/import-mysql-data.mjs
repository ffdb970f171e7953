#!/usr/bin/env node
// Regenerates src/data/mysql/server-errors.json and src/data/mariadb/server-errors.json from the
// error lists extracted from the MySQL and MariaDB sources (share/messages_to_clients.txt and
// sql/share/errmsg-utf8.txt). Usage: node scripts/import-mysql-data.mjs <folder with
// mysql-errors.json and mariadb-errors.json>. The site never reads that folder itself.
// The client libraries' errors (2000 to 2999) are not in those lists; client-errors.json beside
// each file holds the ones the site covers, read from the client sources.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const from = process.argv[2];
if (!from) {
  console.error('usage: node scripts/import-mysql-data.mjs <data folder>');
  process.exit(2);
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
}
