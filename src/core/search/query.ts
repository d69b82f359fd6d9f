import { withoutDroppedMarks } from '../db/migrations/011_search_short_words'
import { coverOf } from './cover'

/**
 * Turns what a person typed into safe search terms. Every term is used literally: FTS5
 * syntax (quotes, `*`, `-`, `OR`, `NEAR`, parentheses, `column:`) never reaches the
 * query parser, so no query can fail.
 */
export interface SearchTerms {
  /** Three characters or more, not counting the combining marks the index drops: the trigram index answers these. */
  indexed: string[]
  /**
   * One or two characters (创新, 氢能, "EU", 鄂), combining marks dropped: the spread-out index
   * answers these (migration 11).
   */
  short: string[]
}

const maxTerms = 12

export function searchTerms(raw: string): SearchTerms {
  // Control characters separate terms: NUL would end an FTS5 query string early.
  const terms = [...new Set(raw.normalize('NFC').split(/[\s\p{Cc}]+/u).filter((t) => t.length > 0))].slice(0, maxTerms)
  const indexed: string[] = []
  const short: string[] = []
  for (const term of terms) {
    // The index drops some combining marks (kẹ̀ is k, ẹ and a grave accent): a term left with
    // fewer than three characters is a short word. A term of such marks alone asks for nothing.
    const letters = Array.from(withoutDroppedMarks(term))
    if (letters.length >= 3) indexed.push(term)
    else if (letters.length > 0) short.push(letters.join(''))
  }
  return { indexed, short }
}

/** The neighbouring pairs of a term's characters (marks the index drops left out), each once. */
export const pairsOf = (term: string): string[] => {
  const letters = Array.from(withoutDroppedMarks(term))
  return [...new Set(letters.slice(1).map((letter, i) => letters[i]! + letter))]
}

const phrase = (term: string) => `"${term.replaceAll('"', '""')}"`

/**
 * Each term as an FTS5 string (a phrase), all required; the `covered` ones as the trigrams
 * that tile them instead (./cover.ts), which the caller then checks each row for.
 */
export const matchExpression = (terms: string[], covered: readonly string[] = []): string =>
  terms
    .flatMap((term) => (covered.includes(term) ? coverOf(term) : [term]))
    .map(phrase)
    .join(' AND ')

/**
 * Short words as phrases of the spread-out index, all required: "创新" is the trigram
 * "创 新" there, and "鄂" the trigram " 鄂 " (a space before and after every character).
 */
export const spreadExpression = (terms: string[]): string =>
  terms
    .map((term) => Array.from(term))
    .map((chars) => phrase(chars.length === 1 ? ` ${chars[0]} ` : chars.join(' ')))
    .join(' AND ')
