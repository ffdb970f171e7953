import { describe, expect, test } from 'vitest';
import { compileFormat, patternOf } from '../../search/matcher';
import { messagesOf } from './facts';
import { scannerFormats, scannerMessages, scannerMessagesOf } from './scanner-messages';

describe('scanner messages', () => {
  test('print through formats PostgreSQL raises with their code', () => {
    const formats = messagesOf(scannerMessages.code).map((m) => m.format);
    for (const format of scannerMessages.formats) expect(formats).toContain(format);
  });

  test('each observed message is its text in one of those formats', () => {
    for (const { text, observed } of scannerMessages.messages) {
      const patterns = scannerMessages.formats.map((format) => new RegExp(`^${patternOf(compileFormat(format.replace('%s', text))).source}$`, 'i'));
      expect(patterns.some((pattern) => pattern.test(observed)), observed).toBe(true);
    }
  });

  test('fill the text into every format', () => {
    expect(scannerFormats('42601')).toContain('unterminated quoted string at or near "%s"');
    expect(scannerFormats('42601')).toContain('unterminated quoted string at end of input');
  });

  test('list each text once', () => {
    const texts = scannerMessagesOf('42601').map((m) => m.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  test('belong to their code only', () => {
    expect(scannerMessagesOf('23505')).toEqual([]);
  });
});
