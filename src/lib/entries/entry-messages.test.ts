import { describe, expect, test } from 'vitest';
import { entryMessages, hasMessagesPage, MESSAGES_ON_ENTRY } from './entry-messages';
import { codeFacts } from '../databases/postgresql/code-facts';

describe('entryMessages', () => {
  test('shows every message of a code with few', () => {
    const { messages } = codeFacts('53300');
    expect(messages.length).toBeLessThanOrEqual(MESSAGES_ON_ENTRY);
    expect(entryMessages(messages)).toEqual({ shown: messages, onlyOnMessagesPage: 0 });
    expect(hasMessagesPage(messages.length)).toBe(false);
  });

  test('keeps the most common formats of a long list and counts the rest', () => {
    const { messages } = codeFacts('0A000');
    const { shown, onlyOnMessagesPage } = entryMessages(messages);
    expect(shown).toEqual(messages.slice(0, MESSAGES_ON_ENTRY));
    expect(shown.length + onlyOnMessagesPage).toBe(messages.length);
    expect(hasMessagesPage(messages.length)).toBe(true);
  });

  test('keeps a pinned format first', () => {
    const pinned = codeFacts('0A000').messages.at(-1)!.format;
    const { shown } = entryMessages(codeFacts('0A000', [pinned]).messages);
    expect(shown[0]!.format).toBe(pinned);
  });
});
