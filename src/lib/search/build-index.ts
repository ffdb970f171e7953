// Builds the search index the browser loads on the first search.
import { messagesOf, spellingsOf, sqlStates } from '../databases/postgresql/facts';
import { orderMessages, versionsLabel } from '../databases/postgresql/messages';
import type { SearchIndex } from './rank';
import { compileFormat, isDistinctive } from './matcher';
import { scannerFormats } from '../databases/postgresql/scanner-messages';

const LEVEL_INITIALS: Record<string, string> = { ERROR: 'E', FATAL: 'F', PANIC: 'P', WARNING: 'W', WARNING_CLIENT_ONLY: 'W', NOTICE: 'N', INFO: 'I', LOG: 'L' };

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
  return { codes, messages };
}
