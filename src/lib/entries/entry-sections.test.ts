import { describe, expect, test } from 'vitest';
import { entryPageSections, sectionsPresent } from './entry-sections';

describe('sectionsPresent', () => {
  test('puts the causes and the fix before the reference material', () => {
    const ids = sectionsPresent(new Set(['sources', 'messages', 'fixes', 'causes', 'meaning'])).map((s) => s.id);
    expect(ids).toEqual(['meaning', 'causes', 'fixes', 'messages', 'sources']);
  });

  test('leaves out the sections a page does not have', () => {
    expect(sectionsPresent(new Set(['messages', 'catch'])).map((s) => s.label)).toEqual(['Messages', 'Catch it in code']);
  });
});

describe('entryPageSections', () => {
  test('lists the written sections only where there is a guide', () => {
    expect(entryPageSections(undefined, 0).map((s) => s.id)).toEqual(['messages', 'catch', 'sources']);
  });

  test('lists what not to do and related codes only where there are some', () => {
    const ids = entryPageSections({ avoid: [] }, 2).map((s) => s.id);
    expect(ids).toEqual(['meaning', 'causes', 'fixes', 'reproduce', 'messages', 'catch', 'related', 'sources']);
  });
});
