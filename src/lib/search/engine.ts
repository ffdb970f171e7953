// The ranking the search page loads when a search runs, not with the page: the matcher, the
// errno rules, the drivers' words and the typo corrector are most of its script, and the page's
// first load has a 14,600-byte budget (src/lib/site/page-weight.ts).
export { compileShard, needsFullText, needsMySqlMessages, prepareIndex, rankCodes, soleAnswer, worthCorrecting, type RankedCode } from './rank';
export { correctTypos } from './typos';
export { isAccidentalHit } from './full-text';
export { wordsOf } from './matcher';
