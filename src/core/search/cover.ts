/**
 * A longer word asked as its cover: a few of its trigrams, all required, without positions
 * ("apprenticeship" is "app" AND "nti" AND "hip"). FTS5 checks a phrase of twelve trigrams
 * and their positions for every row it looks at; the cover costs at most half the trigrams (a
 * quarter here) and no positions, and finds every row the phrase finds, and some more. So every row it
 * finds is checked for the word itself (`coverVerdict`): a row that holds it is a hit, one that
 * cannot hold it is passed over, and one that may hold it in a way JavaScript cannot tell
 * sends the search back to the exact phrase. The hits are always the phrase's.
 *
 * Only words of printable ASCII are covered. For them the check is exact: an ASCII stretch
 * of text equal to the word but for case is what the index matches, whatever its folding of
 * other letters and marks (which JavaScript's folding does not reproduce).
 */

/** From six characters on, a cover has at most half the phrase's trigrams. */
export const isCoverable = (term: string): boolean => /^[!-~]{6,}$/.test(term)

/**
 * The trigrams that tile a coverable word, the last one reaching back to its end; past three
 * trigrams (ten characters and more), only the first, the middle and the last one. Each trigram
 * costs FTS5 about as much per row as the next, and three already leave few rows to pass over.
 */
export function coverOf(term: string): string[] {
  const tiles = Array.from({ length: Math.ceil(term.length / 3) }, (_, i) => Math.min(i * 3, term.length - 3))
  const starts = tiles.length <= 3 ? tiles : [0, Math.floor((term.length - 3) / 2), term.length - 3]
  return [...new Set(starts.map((start) => term.slice(start, start + 3)))]
}

/**
 * A test for `word` (coverable) in a text: an ASCII stretch equal to it but for case. The
 * `i` flag without `u` never folds a character outside ASCII into ASCII (not K, the Kelvin
 * sign, nor ſ, the long s), so a text full of other letters and marks is tested as it is.
 */
export const wordTest = (word: string): RegExp => new RegExp(word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), 'i')

/**
 * Text the index can only match an ASCII word in where the text spells it in ASCII: ASCII but
 * NUL (which FTS5 drops), and characters FTS5 neither folds into ASCII nor drops (general
 * punctuation, CJK symbols, kana, ideographs, Hangul, fullwidth forms, and everything beyond
 * the BMP). tests/unit/searchCover.test.ts checks these ranges against FTS5 itself.
 */
// eslint-disable-next-line no-control-regex -- control characters are plain ASCII here, on purpose
const plainForIndex = /^[\x01-\x7f\u2000-\u206f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\ud800-\udfff\uff00-\uffef]*$/

export const isPlainForIndex = (text: string): boolean => plainForIndex.test(text)

/** What a row found by a cover shows about the covered words. */
export type CoverVerdict = 'holds' | 'lacks' | 'unsure'

/** Judges rows found by the cover of `words`: do they hold every word, in their title or body? */
export function coverVerdict(words: readonly string[]): (texts: readonly string[]) => CoverVerdict {
  const tests = words.map(wordTest)
  return (texts) => {
    if (tests.every((test) => texts.some((text) => test.test(text)))) return 'holds'
    return texts.every(isPlainForIndex) ? 'lacks' : 'unsure'
  }
}
