// Synthetic entries for the scale benchmark: valid against src/lib/entries/entry-schema.ts, and shaped
// like the written ones (9 KB median, 3 to 17 KB; 2 to 8 causes and fixes; code to highlight in
// sql, shell, js, ini, python, java and yaml; inline Markdown in every sentence; a body of
// paragraphs and often a list).
// The words come from PostgreSQL's own message formats, so the search index grows the way real
// writing makes it grow. The same seed gives the same entries.
//
// There are 263 codes, so entry i is for code i mod 263 and lives in batch-<i div 263>/<CODE>.mdx:
// each folder holds one entry per code at most, which is what the site's bench mode
// (SQLSTATE_BENCH_ENTRY_PAGES=1) checks instead of one entry per code overall.
//
// Usage: node scripts/bench/fixtures.mjs <folder> <count>
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import codeData from '../../src/data/postgresql/codes.json' with { type: 'json' };
import messageData from '../../src/data/postgresql/messages.json' with { type: 'json' };

const codes = codeData.codes;

/** mulberry32: a small seeded generator, so a run can be repeated exactly. */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  /** One item by weight: pickWeighted([['sql', 70], ['js', 10]]). */
  const pickWeighted = (pairs) => {
    let roll = next() * pairs.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of pairs) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return pairs.at(-1)[0];
  };
  return { next, int, pick, chance, pickWeighted };
}

/** PostgreSQL's vocabulary: every word of three letters or more in its message formats. */
const messageWords = [
  ...new Set(
    Object.values(messageData.messages)
      .flat()
      .flatMap((message) => message.format.toLowerCase().match(/[a-z]{3,}/g) ?? []),
  ),
].sort();
const glue = ['the', 'a', 'of', 'to', 'in', 'is', 'that', 'when', 'and', 'or', 'with', 'for', 'its', 'not', 'which', 'on', 'by', 'as', 'it', 'then'];
const docPages = ['sql-insert', 'ddl-constraints', 'runtime-config-connection', 'mvcc', 'sql-altertable', 'functions-sequence', 'errcodes-appendix', 'sql-createindex', 'transaction-iso', 'auth-pg-hba-conf', 'datatype-numeric', 'sql-copy'];
const scenarioNames = readdirSync(join(import.meta.dirname, '../../src/lib/reproduction/scenarios'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.replace(/\.ts$/, ''))
  .sort();

function writer(random) {
  const word = () => (random.chance(0.35) ? random.pick(glue) : random.pick(messageWords));
  const identifier = () => `${random.pick(messageWords)}_${random.pick(messageWords)}${random.chance(0.3) ? `_${random.int(1, 99)}` : ''}`;
  const otherCode = () => random.pick(codes).code;

  /** A sentence of `min` to `max` words with the inline Markdown the entries use. */
  const sentence = (min, max) => {
    const words = Array.from({ length: random.int(min, max) }, () => {
      const roll = random.next();
      if (roll < 0.07) return `\`${identifier()}\``;
      if (roll < 0.08) {
        const code = otherCode();
        return `[${code}](/postgresql/${code}/)`;
      }
      if (roll < 0.09) return `**${word()}**`;
      return word();
    });
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  /** Words only, no Markdown, cut at a word to fit `limit` characters (a summary). */
  const plainSentence = (min, max, limit) => {
    let text = Array.from({ length: random.int(min, max) }, word).join(' ');
    while (text.length > limit - 1) text = text.replace(/\s+\S+$/, '');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const sentences = (count, min = 8, max = 24) => Array.from({ length: count }, () => sentence(min, max)).join(' ');
  const title = () => sentence(3, 8).replace(/\.$/, '');

  const snippets = {
    sql: () => {
      const table = identifier();
      const lines = [`-- ${sentence(4, 10)}`, `SELECT ${identifier()}, count(*)`, `FROM ${table}`, `WHERE ${identifier()} = $1`];
      for (let i = random.int(0, 6); i > 0; i--) {
        lines.push(random.pick([`  AND ${identifier()} IS NOT NULL`, `ORDER BY ${identifier()} DESC`, `ALTER TABLE ${table} ADD CONSTRAINT ${identifier()} UNIQUE (${identifier()});`, `UPDATE ${table} SET ${identifier()} = now() WHERE id = ${random.int(1, 9999)};`]));
      }
      return lines.join('\n').replace(/;?$/, ';');
    },
    shell: () => [`# ${sentence(4, 10)}`, `psql "$DATABASE_URL" -c 'SELECT ${identifier()} FROM ${identifier()}'`, `pg_ctl -D /var/lib/postgresql/data reload`].join('\n'),
    js: () =>
      [
        'try {',
        `  await pool.query('INSERT INTO ${identifier()} VALUES ($1)', [value]);`,
        '} catch (err) {',
        `  if (err.code === '${otherCode()}') return res.status(409).json({ error: '${sentence(3, 7)}' });`,
        '  throw err;',
        '}',
      ].join('\n'),
    ini: () => [`; ${sentence(4, 9)}`, `${identifier()} = ${random.int(1, 500)}`, `${identifier()} = on`, `${identifier()} = '${random.int(1, 60)}s'`].join('\n'),
    python: () => [`from psycopg import errors`, '', 'try:', `    conn.execute("SELECT ${identifier()} FROM ${identifier()}")`, `except errors.${random.pick(codes).condition.replace(/(^|_)(\w)/g, (_, __, c) => c.toUpperCase())}:`, '    conn.rollback()'].join('\n'),
    java: () => ['try {', `    statement.executeUpdate("DELETE FROM ${identifier()}");`, '} catch (SQLException e) {', `    if ("${otherCode()}".equals(e.getSQLState())) retry();`, '}'].join('\n'),
    yaml: () => [`${identifier()}:`, `  ${identifier()}: ${random.int(1, 100)}`, `  ${identifier()}: true`].join('\n'),
  };
  const langs = [['sql', 70], ['shell', 10], ['js', 9], ['ini', 5], ['python', 3], ['java', 2], ['yaml', 1]];

  return { sentence, plainSentence, sentences, title, snippets, langs, otherCode };
}

/** A YAML scalar that holds any text: JSON strings are YAML double-quoted scalars. */
const scalar = (text) => JSON.stringify(text);
/** A YAML literal block for code, indented under its key. */
const block = (text, indent) => `|\n${text.split('\n').map((line) => (line ? `${' '.repeat(indent)}${line}` : '')).join('\n')}`;

/** The text of a synthetic entry for `state` (a row of codes.json), drawn from `random`. */
function entryText(state, random) {
  const w = writer(random);
  const formats = (messageData.messages[state.code] ?? []).map((m) => m.format);
  const common = formats.filter(() => random.chance(0.4)).slice(0, 5);
  // Wordier entries write longer sentences everywhere, as writers do.
  const long = random.int(10, 26);

  const summary = w.plainSentence(8, 22, 200);

  const lines = ['---', `code: ${scalar(state.code)}`, `condition: ${state.condition}`, `class: ${scalar(state.class)}`, `summary: ${scalar(summary)}`];
  lines.push('commonMessages:', ...common.map((format) => `  - ${scalar(format)}`));
  if (common.length === 0) lines[lines.length - 1] = 'commonMessages: []';

  lines.push('causes:');
  for (let i = random.int(2, 8); i > 0; i--) {
    lines.push(`  - title: ${scalar(w.title())}`, `    detail: ${scalar(w.sentences(random.int(1, 4), 8, long))}`);
  }

  const reproduction = random.pickWeighted([['sql', 60], ['scenario', 30], ['unavailable', 10]]);
  lines.push('reproduction:');
  if (reproduction === 'sql' || scenarioNames.length === 0) {
    if (random.chance(0.9)) lines.push(`  setup: ${block(w.snippets.sql(), 4)}`);
    lines.push(`  sql: ${block(w.snippets.sql(), 4)}`);
  } else if (reproduction === 'scenario') {
    lines.push(`  scenario: ${random.pick(scenarioNames)}`);
  } else {
    lines.push(`  unavailable: ${scalar(w.sentences(random.int(1, 3)))}`);
  }

  lines.push('fixes:');
  for (let i = random.int(2, 8); i > 0; i--) {
    const lang = random.pickWeighted(w.langs);
    lines.push(
      `  - title: ${scalar(w.title())}`,
      `    when: ${scalar(w.sentences(random.int(1, 2), 6, long))}`,
      `    lang: ${lang}`,
      `    code: ${block(w.snippets[lang](), 6)}`,
      `    why: ${scalar(w.sentences(random.int(1, 3), 8, long))}`,
      // Fixed text, so the generator draws the same random numbers as before fixes needed a proof.
      '    untested: A synthetic fix, which no server can run.',
    );
  }

  const avoid = random.int(0, 4);
  lines.push(avoid ? 'avoid:' : 'avoid: []');
  for (let i = avoid; i > 0; i--) lines.push(`  - title: ${scalar(w.title())}`, `    detail: ${scalar(w.sentences(random.int(1, 3), 8, long))}`);

  const related = [...new Set(Array.from({ length: random.int(0, 6) }, w.otherCode))].filter((code) => code !== state.code);
  lines.push(related.length ? 'related:' : 'related: []');
  for (const code of related) lines.push(`  - code: ${scalar(code)}`, `    note: ${scalar(w.sentences(1, 6, long))}`);

  lines.push('sources:');
  for (let i = random.int(1, 7); i > 0; i--) {
    lines.push(`  - title: ${scalar(`PostgreSQL documentation: ${w.title()}`)}`, `    url: https://www.postgresql.org/docs/current/${random.pick(docPages)}.html`);
  }
  lines.push('---', '');

  for (let i = random.int(1, 3); i > 0; i--) lines.push(w.sentences(random.int(2, 6), 10, long + 6), '');
  if (random.chance(0.6)) {
    lines.push(w.sentences(1), '');
    for (let i = random.int(2, 5); i > 0; i--) lines.push(`- ${w.sentences(random.int(1, 2))}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The relative path of synthetic entry `index`: one folder per round through the codes. */
export function entryPath(index) {
  const state = codes[index % codes.length];
  return `batch-${String(Math.floor(index / codes.length)).padStart(3, '0')}/${state.code}.mdx`;
}

/** `count` synthetic entries as [{ path, text }], the same ones for the same seed. */
export function syntheticEntries(count, seed = 1) {
  return Array.from({ length: count }, (_, index) => ({
    path: entryPath(index),
    text: entryText(codes[index % codes.length], generator(seed * 1_000_003 + index)),
  }));
}

/** Writes `count` synthetic entries into `folder`, replacing what it held. */
export function writeEntries(folder, count, seed = 1) {
  rmSync(folder, { recursive: true, force: true });
  let bytes = 0;
  for (const { path, text } of syntheticEntries(count, seed)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
    bytes += Buffer.byteLength(text);
  }
  return { count, bytes };
}

if (import.meta.main) {
  const [folder, count] = process.argv.slice(2);
  if (!folder || !Number(count)) {
    console.error('Usage: node scripts/bench/fixtures.mjs <folder> <count>');
    process.exit(2);
  }
  const written = writeEntries(folder, Number(count));
  console.log(`Wrote ${written.count} entries (${(written.bytes / 1e6).toFixed(1)} MB) to ${folder}`);
}
