#!/usr/bin/env node
// Regenerates src/data/postgresql/ from the facts extracted from PostgreSQL's source tree.
// Usage: node scripts/import-postgres-data.mjs <folder with postgres-sqlstate.json, postgres-messages.json
// and postgres-message-details.json>
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
const extractedDetails = read('postgres-message-details.json');
for (const [file, data, field] of [
  ['postgres-messages.json', extracted, 'errno_dependent_errcode'],
  ['postgres-message-details.json', extractedDetails, 'messages'],
]) {
  if (typeof data[field] !== 'object' || data[field] === null) throw new Error(`${file}: expected an object "${field}"`);
}
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
  // Every format, not a sample: the search must find each of them and show the errno rule.
  formats: [...new Set(e.messages.flatMap((m) => [m.format, ...(m.older_format_spellings ?? []).map((o) => o.format)]))],
}));

const messageData = {
  source: {
    ...source,
    branches: extracted.source.branches.map((b) => ({ version: b.version, branch: b.branch, commit: b.commit, commitDate: b.commit_date })),
  },
  messages,
  errnoDependent,
  corrections: extracted.source.corrections ?? [],
};

/** A DETAIL or HINT format as the site keeps it: the text, where it is attached, in which versions. */
const line = (d) => ({ format: d.format, versions: d.versions, locations: d.locations });

/**
 * The DETAIL and HINT lines PostgreSQL prints with each (code, format): a paste often carries one,
 * and it tells apart codes that share a message (22023, 55000 and XX000's "database files are
 * incompatible with server"). Formats built at run time (nonLiteral) have no text to match and stay out.
 */
const details = {};
for (const [code, list] of Object.entries(extractedDetails.messages)) {
  const kept = list
    .filter((m) => m.details?.length || m.hints?.length)
    .map((m) => ({ format: m.format, details: (m.details ?? []).map(line), hints: (m.hints ?? []).map(line) }));
  if (kept.length) details[code] = kept;
}
const detailData = {
  source: { derivedFrom: 'postgres-message-details.json', branches: extractedDetails.source.branches_read.map((b) => ({ version: b.version, commit: b.commit })) },
  messages: details,
};

writeFileSync(join(out, 'codes.json'), JSON.stringify(codes, null, 1) + '\n');
writeFileSync(join(out, 'messages.json'), JSON.stringify(messageData) + '\n');
writeFileSync(join(out, 'message-details.json'), JSON.stringify(detailData) + '\n');
console.log(`wrote ${codes.codes.length} codes and ${Object.values(messages).flat().length} messages to ${out}`);
