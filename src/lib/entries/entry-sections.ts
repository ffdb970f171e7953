// The sections of an entry page, in the order a reader with a broken application needs them:
// what the error means, which cause is theirs and the fix come first; the reproduction, the full
// message list and the reference material follow. The contents list and the page share this order.

export const ENTRY_SECTIONS = [
  { id: 'meaning', label: 'What it means' },
  { id: 'causes', label: 'Why it happens' },
  { id: 'fixes', label: 'How to fix it' },
  { id: 'avoid', label: 'What not to do' },
  { id: 'reproduce', label: 'How to reproduce it' },
  { id: 'messages', label: 'Messages' },
  { id: 'catch', label: 'Catch it in code' },
  { id: 'related', label: 'Related codes' },
  { id: 'sources', label: 'Sources' },
] as const;

export type SectionId = (typeof ENTRY_SECTIONS)[number]['id'];

/** The sections a page has, in page order, for its contents list. */
export function sectionsPresent(present: ReadonlySet<SectionId>): { id: SectionId; label: string }[] {
  return ENTRY_SECTIONS.filter((section) => present.has(section.id));
}

/**
 * The sections of an entry page of any database: the written ones where there is a guide (what
 * not to do only where it lists something), then the messages, catch-it and sources every page
 * has, and related codes where there are some.
 */
export function entryPageSections(guide: { avoid: readonly unknown[] } | undefined, relatedCount: number): { id: SectionId; label: string }[] {
  return sectionsPresent(
    new Set<SectionId>([
      ...(guide ? (['meaning', 'causes', 'fixes', 'reproduce'] as const) : []),
      ...(guide && guide.avoid.length > 0 ? (['avoid'] as const) : []),
      'messages',
      'catch',
      ...(relatedCount > 0 ? (['related'] as const) : []),
      'sources',
    ]),
  );
}
