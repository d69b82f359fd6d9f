/**
 * A longer word asked as its cover: the trigrams that tile it, all required, without
 * positions ("apprenticeship" is "app" AND "ren" AND "tic" AND "esh" AND "hip"). FTS5 checks
 * a phrase of twelve trigrams and their positions for every row it looks at; the cover costs
 * a third of the trigrams and no positions, and finds every row the phrase finds, and some
 * more. So every row it finds is checked for the word itself, and one that cannot be shown
 * to hold it sends the search back to the exact phrase: the hits are always the phrase's.
 *
 * Only words of printable ASCII are covered. For them the check is exact: an ASCII stretch
 * of text equal to the word but for case is what the index matches, whatever its folding of
 * other letters and marks (which JavaScript's folding does not reproduce).
 */

/** From six characters on, a cover has at most half the phrase's trigrams. */
export const isCoverable = (term: string): boolean => /^[!-~]{6,}$/.test(term)

/** The trigrams that tile a coverable word, the last one reaching back to its end. */
export function coverOf(term: string): string[] {
  const starts = Array.from({ length: Math.ceil(term.length / 3) }, (_, i) => Math.min(i * 3, term.length - 3))
  return [...new Set(starts.map((start) => term.slice(start, start + 3)))]
}

/**
 * A test for `word` (coverable) in a text: an ASCII stretch equal to it but for case. The
 * `i` flag without `u` never folds a character outside ASCII into ASCII (not K, the Kelvin
 * sign, nor ſ, the long s), so a text full of other letters and marks is tested as it is.
 */
export const wordTest = (word: string): RegExp => new RegExp(word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), 'i')
