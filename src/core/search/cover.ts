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
 * Whether `text` shows that it holds `word` (lower case, coverable): an ASCII stretch of it
 * equal to the word but for case. False when it cannot tell, as in a text where lower-casing
 * changes the length (İ); the search then asks the exact phrase.
 */
export function holdsWord(text: string, word: string): boolean {
  const lower = text.toLowerCase()
  if (lower.length !== text.length) return false
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (isAscii(text, at, at + word.length)) return true
  }
  return false
}

function isAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}
