// A word typed one or two letters wrong ("statment", "dupliate", "deadlok") matches no message
// format, so the query finds nothing or a wrong code. A word that is not in the messages'
// vocabulary is read as its nearest word there, and the page says "Showing results for ...".
import { literalRuns } from './matcher';
import type { SearchIndex } from './rank';

/** Words of four letters or more: shorter ones are too often a different word one letter away. */
const isLongWord = (token: string) => /^\p{L}{4,}$/u.test(token);

/** Every word of the formats and condition names, the most used first (ties: alphabetical). */
export function vocabularyOf(index: SearchIndex): string[] {
  const uses = new Map<string, number>();
  const count = (text: string) => {
    for (const word of new Set(text.toLowerCase().match(/\p{L}+/gu)?.filter(isLongWord))) uses.set(word, (uses.get(word) ?? 0) + 1);
  };
  for (const [, format] of index.messages) count(literalRuns(format).join(' '));
  for (const [, condition] of index.codes) count(condition.replaceAll('_', ' '));
  return [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/** One letter off for words of up to five letters, two for longer ones. */
const tolerance = (word: string) => (word.length <= 5 ? 1 : 2);

/** The nearest vocabulary word within the tolerance; the most used one wins a tie. */
function nearest(word: string, vocabulary: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = tolerance(word) + 1;
  for (const candidate of vocabulary) {
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    if (bestDistance === 1) break; // the vocabulary is in order of use: the first at distance 1 is the best
  }
  return best;
}

export interface Correction {
  /** The query with every misspelt word replaced. */
  text: string;
  /** The replaced words, as typed and as read. */
  corrections: { typed: string; read: string }[];
}

/**
 * Reads every word outside quotes that the vocabulary lacks as its nearest word there. Quoted
 * text is the reader's own identifiers and values, which no format spells.
 */
export function correctTypos(query: string, vocabulary: readonly string[]): Correction {
  const known = new Set(vocabulary);
  const corrections: Correction['corrections'] = [];
  const text = query.replace(/"[^"]*"|'[^']*'|[\p{L}\p{N}_]+/gu, (token) => {
    if (!isLongWord(token) || known.has(token.toLowerCase())) return token;
    const read = nearest(token.toLowerCase(), vocabulary);
    if (!read) return token;
    corrections.push({ typed: token, read });
    return read;
  });
  return { text, corrections };
}
