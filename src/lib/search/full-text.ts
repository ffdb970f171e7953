// What the page keeps of Pagefind's full-text hits.

/**
 * Pagefind matches a typed word to an indexed word that only begins it, so a one-letter word of
 * some page (`Z` in "an offset such as Z") answers `zebra` or `zzzzqqqq`. A hit whose marked words
 * are all that short, and none of them a word the reader typed, is such an accident.
 *
 * `marked` are the excerpt's highlighted texts; `typed` the query's words, lower-cased.
 */
export function isAccidentalHit(marked: readonly string[], typed: readonly string[]): boolean {
  const words = marked.map((text) => text.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, ''));
  return !words.some((word) => word.length >= 3 || typed.includes(word));
}
