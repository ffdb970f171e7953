#!/usr/bin/env node
// Regenerates src/data/pgbouncer/messages.json: every message PgBouncer itself sends to a client
// in an ErrorResponse, read from its C source at each release tag.
// Usage: node scripts/import-pgbouncer-data.mjs <git directory of a pgbouncer/pgbouncer clone>
// The site never reads that clone itself: a clone of this site has only what this script writes.
//
// How a message reaches a client, and so which calls this script follows: every ErrorResponse
// PgBouncer writes goes through send_pooler_error() (src/proto.c). The functions that end in it
// (disconnect_client, disconnect_client_sqlstate, admin_error, kill_pool_logins, and
// disconnect_server, whose reason reaches the client linked to an active server) are not listed
// here by their behaviour: the script reads each one's body at each tag and follows the argument
// it passes on, so a tag where a wrapper changes (1.16 made disconnects FATAL, 1.20 added SQLSTATEs)
// is read as that tag's code says.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const gitDir = process.argv[2];
if (!gitDir) {
  console.error('usage: node scripts/import-pgbouncer-data.mjs <pgbouncer git directory>');
  process.exit(2);
}
const git = (...args) => execFileSync('git', [`--git-dir=${resolve(gitDir)}`, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

/** The base: the one function that writes an ErrorResponse packet. */
const BASE = 'send_pooler_error';
/** Functions whose calls can end in BASE; the script checks this at every tag by reading their bodies. */
const WRAPPERS = ['disconnect_client', 'disconnect_client_sqlstate', 'admin_error', 'kill_pool_logins', 'disconnect_server', 'unlink_server', 'close_client_list', 'close_server_list'];
/** Why a wrapper's message reaches a client only sometimes; written beside each message it sends. */
const CONDITION = {
  // disconnect_server() tells a client only in state SV_ACTIVE (and, from 1.23, a replication login):
  // a reason given to an idle server (server idle timeout, server lifetime over) reaches nobody.
  disconnect_server: 'sent only to a client whose query or transaction is using the server connection being closed',
  close_server_list: 'sent only to a client whose query or transaction is using the server connection being closed',
  kill_pool_logins: 'sent to every client of the pool waiting for a server, when no server connection of the pool works',
  close_client_list: 'sent to every client of a pool being closed',
};

/** Release tags from 1.12 (Ubuntu 20.04's) to the newest; "-fixed" tags re-tag a release with the same code. */
const tags = git('tag', '--list', 'pgbouncer_1_*')
  .split('\n')
  .filter((t) => /^pgbouncer_1_\d+_\d+$/.test(t))
  .map((tag) => ({ tag, version: tag.replace('pgbouncer_', '').replaceAll('_', '.') }))
  .filter(({ version }) => Number(version.split('.')[1]) >= 12)
  .sort((a, b) => a.version.localeCompare(b.version, 'en', { numeric: true }));
if (!tags.some((t) => t.version === '1.18.0')) throw new Error(`${gitDir}: tag pgbouncer_1_18_0 (Debian 12's) is missing`);

/** Blanks comments, keeping every newline and every string literal, so offsets map to source lines. */
function stripComments(text) {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      out += text.slice(i, end + 2).replace(/[^\n]/g, ' ');
      i = end + 2;
    } else if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      out += ' '.repeat(end - i);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Splits the argument list that starts after `open` (the index of "("); returns the args and the index after ")". */
function splitArgs(text, open) {
  const args = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) {
      args.push(text.slice(start, i).trim());
      return { args: args.filter((a, k) => a !== '' || k > 0), end: i + 1 };
    } else if (c === ',' && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  throw new Error('unbalanced parentheses');
}

/** A C string expression made only of adjacent literals, decoded; null when it holds anything else. */
function literal(expr) {
  const parts = expr.match(/^(\s*"(?:[^"\\]|\\.)*"\s*)+$/s) ? expr.match(/"(?:[^"\\]|\\.)*"/gs) : null;
  if (!parts) return null;
  return parts.map((p) => JSON.parse(p.replace(/\\'/g, "'"))).join('');
}

/** Function definitions in a file: name, parameter names, body start and end offsets. */
function functions(code) {
  const defs = [];
  const re = /^[A-Za-z_][\w \t*]*?\b(\w+)\s*\(([^;{]*?)\)\s*\{/gm;
  for (let m; (m = re.exec(code)); ) {
    if (['if', 'while', 'for', 'switch'].includes(m[1])) continue;
    let depth = 0;
    let i = m.index + m[0].length - 1;
    for (; i < code.length; i++) {
      const c = code[i];
      // A brace inside a literal ("{" or '}') does not open or close a block.
      if (c === '"' || c === "'") while (code[++i] !== c) i += code[i] === '\\' ? 1 : 0;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    const params = m[2].split(',').map((p) => p.trim().match(/(\w+|\.\.\.)\s*(\[\])?$/)?.[1] ?? '');
    defs.push({ name: m[1], params, start: m.index + m[0].length, end: i });
    re.lastIndex = i;
  }
  return defs;
}

const CALLED = new RegExp(`\\b(${[BASE, ...WRAPPERS].join('|')})\\s*\\(`, 'g');

/** Every call in `code` to BASE or a wrapper, with its line and enclosing function. */
function calls(code, defs) {
  const found = [];
  for (let m; (m = CALLED.exec(code)); ) {
    const enclosing = defs.find((d) => d.start <= m.index && m.index < d.end);
    if (!enclosing) continue; // a prototype or the definition's own head
    const { args } = splitArgs(code, m.index + m[0].length - 1);
    found.push({ name: m[1], args, offset: m.index, line: code.slice(0, m.index).split('\n').length, enclosing });
  }
  return found;
}

/** Reads one tag: the definitions of BASE and the wrappers, and every call site. */
function readTag(tag) {
  const files = git('ls-tree', '--name-only', `${tag}:src`).split('\n').filter((f) => f.endsWith('.c'));
  const defs = {};
  const sites = [];
  for (const file of files) {
    const code = stripComments(git('show', `${tag}:src/${file}`));
    const fileDefs = functions(code);
    for (const d of fileDefs) if (d.name === BASE || WRAPPERS.includes(d.name)) defs[d.name] = { ...d, code, file };
    for (const c of calls(code, fileDefs)) sites.push({ ...c, file: `src/${file}`, code });
  }
  // disconnect_client_sqlstate came in 1.20, unlink_server in 1.17; a call to one that is absent fails later.
  for (const name of [BASE, 'disconnect_client', 'admin_error', 'kill_pool_logins', 'disconnect_server']) {
    if (!defs[name]) throw new Error(`${tag}: no definition of ${name}() in src/*.c`);
  }
  return { defs, sites };
}

/** What BASE writes: the severity when not fatal and the SQLSTATE when none is given, read from its body. */
function baseFacts(tag, def) {
  const body = def.code.slice(def.start, def.end);
  const code = body.match(/'C',\s*(?:sqlstate\s*\?\s*sqlstate\s*:\s*)?"([0-9A-Z]{5})"/);
  const severity = body.match(/'S',\s*(?:level_fatal\s*\?\s*"FATAL"\s*:\s*)?"(\w+)"/);
  if (!code || !severity) throw new Error(`${tag}: ${def.file}: ${BASE}() no longer writes 'S' and 'C' the way this script reads them`);
  return { defaultCode: code[1], defaultSeverity: severity[1] };
}

/**
 * Follows a call down to BASE. `args` are C expressions at the call site; a result holds the
 * message format (and its arguments), severity, SQLSTATE, whether it is sent at all (a `notify`
 * argument of false sends nothing), and the chain of functions it passed.
 */
function follow(tagData, base, name, args, via = []) {
  const def = tagData.defs[name];
  const param = (p) => def.params.indexOf(p);
  if (name === BASE) {
    const sqlstateArg = param('sqlstate') >= 0 ? args[param('sqlstate')] : 'NULL';
    const fatalArg = param('level_fatal') >= 0 ? args[param('level_fatal')] : 'false';
    const msg = args[param('msg')];
    return [{ send: true, format: msg, formatArgs: [], severity: fatalArg === 'true' ? 'FATAL' : fatalArg === 'false' ? base.defaultSeverity : `? ${fatalArg}`, sqlstate: sqlstateArg === 'NULL' ? base.defaultCode : literal(sqlstateArg) ?? `? ${sqlstateArg}`, via }];
  }
  const body = def.code.slice(def.start, def.end);
  // The formatted message lives in a local buffer (char buf[128]); passing it passes the format.
  const buffer = body.match(/char\s+(\w+)\s*\[/)?.[1];
  // The message parameter: the format before "...", or the one named for a message.
  const formatIndex = def.params.includes('...') ? def.params.indexOf('...') - 1 : def.params.findIndex((p) => ['reason', 'msg', 'fmt'].includes(p));
  // The call that passes the message on (disconnect_client also closes the linked server, with its own reason).
  const carries = (a) => a === buffer || (formatIndex >= 0 && a === def.params[formatIndex]);
  const inner = calls(def.code, [def]).find((c) => c.offset > def.start && c.args.some(carries));
  if (!inner) throw new Error(`${def.file}: ${name}() no longer calls any of ${[BASE, ...WRAPPERS].join(', ')}`);
  const mapped = inner.args.map((a) => {
    if (carries(a)) return { format: args[formatIndex], formatArgs: args.slice(formatIndex + 1) };
    const i = def.params.indexOf(a);
    return i >= 0 ? args[i] : a;
  });
  const results = follow(tagData, base, inner.name, mapped.map((m) => (typeof m === 'object' ? m.format : m)), [...via, name]);
  const formatted = mapped.find((m) => typeof m === 'object');
  // A parameter gates the message when the call sits first in an `if (...)` that tests it: `if (notify)
  // send_pooler_error(...)` in disconnect_client. disconnect_server's `notify` (before 1.17) only
  // decided whether the server got a Terminate, and gates nothing here.
  const guard = def.code.slice(def.start, inner.offset).match(/if\s*\(([^{}]*?)\)\s*\{?[^;{}]*$/)?.[1] ?? '';
  const gate = def.params.findIndex((p) => p && new RegExp(`\\b${p}\\b`).test(guard) && ['true', 'false'].includes(args[def.params.indexOf(p)]));
  return results.map((r) => ({
    ...r,
    send: r.send && (gate < 0 || args[gate] === 'true'),
    formatArgs: formatted && r.format === formatted.format ? formatted.formatArgs : r.formatArgs,
  }));
}

/** Turns a format expression with its arguments into the message formats it can produce. */
function formats(site, format, formatArgs) {
  const fromVariable = (name) => {
    // A variable passed as the reason: every string literal assigned to it in the same function.
    const body = site.code.slice(site.enclosing.start, site.offset);
    return [...body.matchAll(new RegExp(`\\b${name}\\s*=\\s*("(?:[^"\\\\]|\\\\.)*")\\s*;`, 'g'))].map((m) => literal(m[1]));
  };
  const one = (expr) => {
    const lit = literal(expr);
    if (lit !== null) return [lit];
    const ternary = expr.match(/^[^?]+\?\s*("(?:[^"\\]|\\.)*")\s*:\s*("(?:[^"\\]|\\.)*")$/s);
    if (ternary) return [literal(ternary[1]), literal(ternary[2])];
    if (/^\w+$/.test(expr)) return fromVariable(expr);
    return [];
  };
  const lit = literal(format);
  if (lit === '%s' && formatArgs.length === 1) return one(formatArgs[0]);
  return one(format);
}

const base = {};
/** Messages by console flag and format: the admin console's "no such database: %s" is an ERROR, a client's a FATAL. */
const byFormat = new Map();
const unresolved = [];
const source = { repository: 'pgbouncer/pgbouncer', tags: [] };
for (const { tag, version } of tags) {
  const tagData = readTag(tag);
  const [commit, commitDate] = git('log', '-1', '--format=%H %cs', tag).trim().split(' ');
  source.tags.push({ version, tag, commit, commitDate });
  base[version] = baseFacts(tag, tagData.defs[BASE]);
  for (const site of tagData.sites) {
    // Calls inside a wrapper are how it forwards; its callers are the sites.
    if ([BASE, ...WRAPPERS].includes(site.enclosing.name)) continue;
    // Only servers in use (the active list) have a client to tell; closing the idle list tells no one.
    if (site.name === 'close_server_list' && !/\bactive_server_list\b/.test(site.args[0])) continue;
    for (const result of follow(tagData, base[version], site.name, site.args)) {
      if (!result.send) continue;
      const texts = formats(site, result.format, result.formatArgs);
      if (texts.length === 0 || result.severity.startsWith('?') || result.sqlstate.startsWith('?')) {
        unresolved.push({ version, file: site.file, line: site.line, call: `${site.name}(${site.args.join(', ')})` });
        continue;
      }
      // The admin console's own errors (SHOW, PAUSE ... on the pgbouncer database) end the command, not the connection.
      const console = site.name === 'admin_error' || (site.name === BASE && site.file === 'src/admin.c');
      for (const format of texts) {
        const key = `${console}\0${format}`;
        const entry = byFormat.get(key) ?? { format, console, at: new Map() };
        const at = entry.at.get(version) ?? [];
        at.push({ file: site.file, line: site.line, function: site.enclosing.name, sender: site.name, severity: result.severity, sqlstate: result.sqlstate });
        entry.at.set(version, at);
        byFormat.set(key, entry);
      }
    }
  }
}

/** A readable URL slug: the message's words, placeholders dropped, setting names (query_timeout) kept, at most 8 words. */
function slugOf(format) {
  return format
    .toLowerCase()
    .replace(/%-?\d*(?:h|l{0,2}|z)?[sdufx]/g, ' ')
    .replace(/[^a-z0-9_]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, 8)
    .join('-');
}

const versions = tags.map((t) => t.version);
/** The value a field takes from each version on where it changes, e.g. { "1.12.0": "ERROR", "1.16.0": "FATAL" }. */
function changes(present, at, field) {
  const out = {};
  let last;
  for (const v of present) {
    const value = at.get(v)[0][field];
    if (at.get(v).some((l) => l[field] !== value)) throw new Error(`${v}: one message sent with two ${field}s: ${JSON.stringify(at.get(v))}`);
    if (value !== last) out[v] = last = value;
  }
  return out;
}

const messages = [...byFormat.values()]
  .map(({ format, console, at }) => {
    const present = versions.filter((v) => at.has(v));
    const newest = at.get(present.at(-1));
    return {
      slug: (console ? 'admin-' : '') + slugOf(format),
      format,
      console,
      sqlstate: newest[0].sqlstate,
      severity: newest[0].severity,
      sqlstateFrom: changes(present, at, 'sqlstate'),
      severityFrom: changes(present, at, 'severity'),
      function: newest[0].function,
      sender: newest[0].sender,
      ...(CONDITION[newest[0].sender] ? { reaches: CONDITION[newest[0].sender] } : {}),
      versions: present,
      locations: Object.fromEntries(present.map((v) => [v, at.get(v).map((l) => `${l.file}:${l.line}`)])),
    };
  })
  .sort((a, b) => (a.slug === b.slug ? (a.format < b.format ? -1 : 1) : a.slug < b.slug ? -1 : 1));
// Two formats with one slug (a message reworded: "no such user: %s" became "no such user"): the one
// the newest version sends keeps it, an older one is named by its last version, which never changes.
const newestVersion = versions.at(-1);
for (const m of messages) {
  const rivals = messages.filter((o) => o.slug === m.slug);
  if (rivals.length > 1 && !m.versions.includes(newestVersion)) m.slug = `${m.slug}-until-${m.versions.at(-1).replaceAll('.', '-')}`;
}
const slugs = messages.map((m) => m.slug);
const twice = slugs.filter((slug, i) => slugs.indexOf(slug) !== i);
if (twice.length) throw new Error(`two messages of the newest version share the slug ${twice.join(', ')}: give slugOf() a way to tell them apart`);

const out = resolve(import.meta.dirname, '../src/data/pgbouncer');
mkdirSync(out, { recursive: true });
const file = {
  source: {
    ...source,
    sender: `${BASE}() in src/proto.c; defaults per version below`,
    defaults: base,
    // Call sites whose message is not in PgBouncer's source: PostgreSQL's own login error, passed on.
    notFollowed: unresolved,
  },
  messages,
};
writeFileSync(join(out, 'messages.json'), JSON.stringify(file, null, 1) + '\n');
for (const v of versions) console.log(`${v}: ${messages.filter((m) => m.versions.includes(v)).length} messages`);
console.log(`${messages.length} distinct messages; ${unresolved.length} call sites not followed`);
