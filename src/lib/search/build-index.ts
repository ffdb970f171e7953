// Builds the search index the browser loads on the first search.
import { errnoRaisers, messagesOf, spellingsOf, sqlStates } from '../databases/postgresql/facts';
import { RAISER_RULES, readErrno } from '../databases/postgresql/errno-rules';
import { orderMessages, versionsLabel } from '../databases/postgresql/messages';
import type { SearchIndex } from './rank';
import { compileFormat, isDistinctive } from './matcher';
import { scannerFormats } from '../databases/postgresql/scanner-messages';
import { detailsOf } from '../databases/postgresql/message-details';
import { errorsWithSqlState, sqlStatesInUse } from '../databases';
import { MYSQL_FAMILY, mysqlErrors, printedFormat } from '../databases/mysql-family/facts';
import { dialectOf } from './which-database';
import { DETAIL_LEVEL, HINT_LEVEL, RAISER_LEVEL } from './levels';
import { pgBouncerMessages } from '../databases/pgbouncer/facts';

const LEVEL_INITIALS: Record<string, string> = { ERROR: 'E', FATAL: 'F', PANIC: 'P', WARNING: 'W', WARNING_CLIENT_ONLY: 'W', NOTICE: 'N', INFO: 'I', LOG: 'L' };

/** How many codes raise each message format. */
function codesPerFormat(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { code } of sqlStates) for (const format of new Set(messagesOf(code).map((m) => m.format))) counts.set(format, (counts.get(format) ?? 0) + 1);
  return counts;
}

/**
 * Every page the search can find: PostgreSQL's codes, each SQLSTATE across databases, every
 * MySQL and MariaDB error, and every PgBouncer message. `summaries` are the written ones, by key (23505, mysql/1062, sqlstate/08004).
 */
export function buildSearchIndex(summaries: Map<string, string>): SearchIndex {
  const codes: SearchIndex['codes'] = [];
  const messages: SearchIndex['messages'] = [];
  const sharedBy = codesPerFormat();
  sqlStates.forEach((state, i) => {
    const ordered = orderMessages(messagesOf(state.code));
    codes.push([state.code, state.condition, summaries.get(state.code) ?? ordered[0]?.format ?? '']);
    const formats = new Set<string>();
    for (const message of ordered) {
      const levels = [...new Set(message.levels.map((l) => LEVEL_INITIALS[l] ?? ''))].join('');
      for (const { format, versions } of spellingsOf(message)) {
        // Formats that are all placeholders can never identify a message: no need to ship them.
        if (formats.has(format) || !isDistinctive(compileFormat(format))) continue;
        formats.add(format);
        // Older wordings say which versions print them: readers still paste them from old servers.
        const label = versionsLabel(versions);
        messages.push(label ? [i, format, levels, message.locations.length, label] : [i, format, levels, message.locations.length]);
      }
    }
    // The scanner's own words ("unterminated quoted string") are what readers paste of a 42601.
    for (const format of scannerFormats(state.code)) messages.push([i, format, 'E', 1]);
    // The DETAIL and HINT lines of a message several codes raise say which code it is (22023's
    // "database files are incompatible with server" says "The data directory was initialized by
    // PostgreSQL version ..."). Only those ship: the others would grow the shards without changing a rank.
    for (const { format, details, hints } of detailsOf(state.code)) {
      if ((sharedBy.get(format) ?? 0) < 2) continue;
      for (const [level, lines] of [[DETAIL_LEVEL, details], [HINT_LEVEL, hints]] as const) {
        for (const line of lines) {
          if (!isDistinctive(compileFormat(line.format))) continue;
          const label = versionsLabel(line.versions);
          messages.push(label ? [i, line.format, level, line.locations.length, label] : [i, line.format, level, line.locations.length]);
        }
      }
    }
  });
  // Messages whose code errno picks at run time (errcode_for_file_access() and kin): filed under the
  // code the message implies, else the raiser's code for an errno it does not map; the ranking reads
  // the errno the paste prints and answers with its code (rank.ts, errno-rules.ts).
  const stateIndex = new Map(sqlStates.map((state, i) => [state.code, i]));
  for (const raiser of errnoRaisers()) {
    for (const format of raiser.formats) {
      const code = readErrno(raiser.function, format, '').code ?? RAISER_RULES[raiser.function]?.otherwise ?? raiser.codes[0]!;
      const i = stateIndex.get(code);
      if (i !== undefined && isDistinctive(compileFormat(format))) messages.push([i, format, `${RAISER_LEVEL}${raiser.function}`, 1]);
    }
  }
  // A SQLSTATE's page across databases names, in place of a condition, the databases that use it.
  for (const code of sqlStatesInUse) {
    const users = errorsWithSqlState(code).map(({ database }) => database.name);
    codes.push([`sqlstate/${code}`, users.join(', '), summaries.get(`sqlstate/${code}`) ?? `SQLSTATE ${code} in ${users.join(', ')}`]);
  }
  for (const database of MYSQL_FAMILY) {
    for (const error of mysqlErrors(database)) {
      const key = `${database}/${error.number}`;
      const printed = printedFormat(database, error);
      const i = codes.push([key, error.symbol, summaries.get(key) ?? printed.format]) - 1;
      // The format the server words the error with counts twice: 1062's "Duplicate entry ... for key"
      // is 1586's format too, and 1062 is the number readers get.
      const formats = printed.from ? [printed.format, error.message] : [error.message];
      formats.forEach((format, n) => {
        if (isDistinctive(compileFormat(format, dialectOf(key)))) messages.push([i, format, 'E', printed.from && n === 0 ? 2 : 1]);
      });
    }
  }
  // PgBouncer's messages, each its own page, named by the SQLSTATE it sends (its slug is only the
  // message's words). The admin console's errors reach only someone typing SHOW or PAUSE on the
  // pgbouncer database, but they are pasted as any other.
  // Where the console sends the words a client hears ("no such database: %s"), a paste cannot tell
  // them apart, and the client's is the one met without typing a console command: only it is filed.
  const clientFormats = new Set(pgBouncerMessages.filter((m) => !m.console).map((m) => m.format));
  for (const message of pgBouncerMessages) {
    const key = `pgbouncer/${message.slug}`;
    const i = codes.push([key, message.sqlstate, summaries.get(key) ?? message.format]) - 1;
    if (message.console && clientFormats.has(message.format)) continue;
    // ERROR before 1.16 and FATAL from it for disconnects: a paste from either version says its severity.
    const levels = [...new Set(Object.values(message.severityFrom).map((severity) => LEVEL_INITIALS[severity]))].join('');
    const sites = message.locations[message.versions.at(-1)!]!.length;
    if (isDistinctive(compileFormat(message.format))) messages.push([i, message.format, levels, sites]);
  }
  return { codes, messages };
}
