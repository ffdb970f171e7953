// What the page keeps of Pagefind's full-text hits.
import { isStopword } from './stopwords';

/** How many leading characters two words share. */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/**
 * Pagefind matches a typed word to an indexed word that only begins it, so a one-letter word of
 * some page (`Z` in "an offset such as Z") answers `zebra`, and `\uZZZZ` in an example answers
 * `zzzzqqqq`. A marked word counts when the reader typed it, or when it starts as a typed word
 * does (three letters or more) without being a mere start of it: a word covering less than three
 * fifths of the word typed is such an accident, while `vacuum` for `vacuuming` is a match.
 *
 * `marked` are the excerpt's highlighted texts; `typed` the query's words, lower-cased.
 */
export function isAccidentalHit(marked: readonly string[], typed: readonly string[]): boolean {
  // A stop word marked ("the") says nothing about the page, whoever typed it.
  const words = marked.flatMap((text) => text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).filter((word) => !isStopword(word));
  const matches = (word: string) =>
    typed.includes(word) ||
    typed.some((t) => sharedStart(word, t) >= 3 && !(t.startsWith(word) && word.length < 0.6 * t.length));
  return !words.some(matches);
}

/** Whether a query has a word worth searching for: stop words alone ("the", "can not") answer nothing. */
export function hasTellingWord(query: string): boolean {
  return (query.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).some((word) => !isStopword(word));
}
