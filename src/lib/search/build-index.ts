// Builds the search index the browser loads on the first search.
import { messagesOf, spellingsOf, sqlStates } from '../databases/postgresql/facts';
import { orderMessages, versionsLabel } from '../databases/postgresql/messages';
import type { SearchIndex } from './rank';
import { compileFormat, isDistinctive } from './matcher';
import { scannerFormats } from '../databases/postgresql/scanner-messages';
import { errorsWithSqlState, sqlStatesInUse } from '../databases';
import { MYSQL_FAMILY, mysqlErrors, printedFormat } from '../databases/mysql-family/facts';
import { dialectOf } from './which-database';

const LEVEL_INITIALS: Record<string, string> = { ERROR: 'E', FATAL: 'F', PANIC: 'P', WARNING: 'W', WARNING_CLIENT_ONLY: 'W', NOTICE: 'N', INFO: 'I', LOG: 'L' };

/**
 * Every page the search can find: PostgreSQL's codes, each SQLSTATE across databases, and every
 * MySQL and MariaDB error. `summaries` are the written ones, by key (23505, mysql/1062, sqlstate/08004).
 */
export function buildSearchIndex(summaries: Map<string, string>): SearchIndex {
  const codes: SearchIndex['codes'] = [];
  const messages: SearchIndex['messages'] = [];
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
  });
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
  return { codes, messages };
}
