import { describe, expect, test } from 'vitest';
import { sectionsPresent } from './entry-sections';

describe('sectionsPresent', () => {
  test('puts the causes and the fix before the reference material', () => {
    const ids = sectionsPresent(new Set(['sources', 'messages', 'fixes', 'causes', 'meaning'])).map((s) => s.id);
    expect(ids).toEqual(['meaning', 'causes', 'fixes', 'messages', 'sources']);
  });

  test('leaves out the sections a page does not have', () => {
    expect(sectionsPresent(new Set(['messages', 'catch'])).map((s) => s.label)).toEqual(['Messages', 'Catch it in code']);
  });
});
