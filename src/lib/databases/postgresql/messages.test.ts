import { describe, expect, test } from 'vitest';
import { orderMessages, reportedLevels, sourceUrl, versionsLabel } from './messages';
import { messagesOf, source } from './facts';

describe('orderMessages', () => {
  test('lists the pinned formats first, in the given order', () => {
    const ordered = orderMessages(messagesOf('53300'), ['too many connections for role "%s"', 'sorry, too many clients already']);
    expect(ordered.slice(0, 2).map((m) => m.format)).toEqual(['too many connections for role "%s"', 'sorry, too many clients already']);
  });

  test('puts wordings older releases used after current ones', () => {
    const ordered = orderMessages(messagesOf('53300'));
    expect(ordered.at(-1)?.versions).not.toContain('18');
  });
});

describe('reportedLevels', () => {
  test('reports 53300 as FATAL', () => {
    expect(reportedLevels(messagesOf('53300'))).toEqual(['FATAL']);
  });

  test('reports 42P01 as ERROR', () => {
    expect(reportedLevels(messagesOf('42P01'))).toEqual(['ERROR']);
  });
});

describe('versionsLabel', () => {
  test('says nothing for a wording every version has', () => {
    expect(versionsLabel(['12', '13', '14', '15', '16', '17', '18', '19', '20devel'])).toBe('');
  });

  test('gives the range of an older wording', () => {
    expect(versionsLabel(['12', '13', '14', '15'])).toBe('12–15');
  });

  test('gives the first version of a newer wording', () => {
    expect(versionsLabel(['16', '17', '18', '19', '20devel'])).toBe('since 16');
  });
});

describe('sourceUrl', () => {
  test('links to the line at the commit the data was read from', () => {
    expect(sourceUrl('src/backend/storage/ipc/procarray.c:484')).toBe(
      `https://github.com/postgres/postgres/blob/${source.commit}/src/backend/storage/ipc/procarray.c#L484`,
    );
  });

  test('links an older wording to the branch it was read from', () => {
    expect(sourceUrl('src/backend/utils/init/postinit.c:888', 'REL_15_STABLE')).not.toContain(source.commit);
  });
});
