#!/usr/bin/env node
// Regenerates src/data/postgresql/ from the facts extracted from PostgreSQL's source tree.
// Usage: node scripts/import-postgres-data.mjs <folder with postgres-sqlstate.json and postgres-messages.json>
// The site never reads that folder itself: a clone has only what this script writes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const from = process.argv[2];
if (!from) {
  console.error('usage: node scripts/import-postgres-data.mjs <data folder>');
  process.exit(2);
}
const read = (name) => JSON.parse(readFileSync(join(resolve(from), name), 'utf8'));
const sqlstate = read('postgres-sqlstate.json');
const extracted = read('postgres-messages.json');
const out = resolve(import.meta.dirname, '../src/data/postgresql');
mkdirSync(out, { recursive: true });

const KIND = { E: 'error', W: 'warning', S: 'success' };
/** "<=9.4" in the source data means "present in the oldest version compared". */
const since = (value) => value.replace('<=', '');

const source = {
  repository: sqlstate.source.repository,
  commit: sqlstate.source.commit,
  commitDate: sqlstate.source.commit_date,
  version: sqlstate.source.version,
  oldestVersionCompared: sqlstate.versions_compared[0].version,
};

const codes = {
  source,
  classes: sqlstate.classes.map((c) => ({
    class: c.class,
    title: c.title,
    since: since(c.since),
    removedIn: c.removed_in,
  })),
  codes: sqlstate.codes.map((c) => ({
    code: c.code,
    condition: c.condition,
    macro: c.macro,
    class: c.class,
    kind: KIND[c.severity],
    since: since(c.since),
    removedIn: c.removed_in,
  })),
};

/** One message format as the site shows it; file and line come from `locations`. */
function message(m) {
  const shaped = {
    format: m.format,
    levels: m.levels,
    locations: m.locations,
    versions: m.versions,
  };
  if (m.locations_branch) shaped.locationsBranch = m.locations_branch;
  if (m.older_format_spellings) shaped.olderSpellings = m.older_format_spellings;
  // Raised with no errcode(): PostgreSQL falls back to XX000 for errors and 01000 for warnings.
  if (m.implicit_errcode) shaped.implicitCode = true;
  return shaped;
}

const messages = {};
for (const [code, list] of Object.entries(extracted.messages)) messages[code] = list.map(message);
for (const [code, removed] of Object.entries(extracted.removed_codes)) {
  messages[code] = removed.messages.map((m) => ({ ...message(m), locationsBranch: removed.source_ref }));
}

const errnoDependent = Object.entries(extracted.errno_dependent_errcode).map(([fn, e]) => ({
  function: fn,
  definedIn: e.defined_in,
  codes: e.possible_codes,
  messageCount: e.messages.length,
  examples: e.messages.slice(0, 3).map((m) => m.format),
}));

const messageData = {
  source: {
    ...source,
    branches: extracted.source.branches.map((b) => ({ version: b.version, branch: b.branch, commit: b.commit, commitDate: b.commit_date })),
  },
  messages,
  errnoDependent,
};

writeFileSync(join(out, 'codes.json'), JSON.stringify(codes, null, 1) + '\n');
writeFileSync(join(out, 'messages.json'), JSON.stringify(messageData) + '\n');
console.log(`wrote ${codes.codes.length} codes and ${Object.values(messages).flat().length} messages to ${out}`);
