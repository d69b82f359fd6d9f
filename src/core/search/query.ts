/**
 * Turns what a person typed into safe search terms. Every term is used literally: FTS5
 * syntax (quotes, `*`, `-`, `OR`, `NEAR`, parentheses, `column:`) never reaches the
 * query parser, so no query can fail.
 */
export interface SearchTerms {
  /** Three characters or more, not counting Latin combining marks: the trigram index can answer these. */
  indexed: string[]
  /**
   * Two characters that fold simply (Chinese, Japanese, Korean, ASCII letters and digits), as
   * the index folds them: the trigrams that start with them are looked up in its vocabulary.
   */
  pairs: string[]
  /** Any other term of one or two characters: matched with LIKE on the indexed text. */
  short: string[]
}

const simplePair = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}A-Za-z0-9]{2}$/u

const maxTerms = 12

export function searchTerms(raw: string): SearchTerms {
  const terms = [...new Set(raw.normalize('NFC').split(/\s+/u).filter((t) => t.length > 0))].slice(0, maxTerms)
  const indexed: string[] = []
  const pairs: string[] = []
  const short: string[] = []
  for (const term of terms) {
    // The index drops some Latin combining marks (kẹ̀ is k, ẹ and a grave accent): a phrase left
    // with fewer than three characters would match nothing, so such a term is matched literally.
    if (Array.from(term.replace(/[\u0300-\u036f]/gu, '')).length >= 3) indexed.push(term)
    else if (simplePair.test(term)) pairs.push(term.toLowerCase())
    else short.push(term)
  }
  return { indexed, pairs, short }
}

const phrase = (term: string) => `"${term.replaceAll('"', '""')}"`

/** Each term as an FTS5 string (a phrase), all required; each group of alternatives needs one of its trigrams. */
export const matchExpression = (terms: string[], alternatives: string[][] = []): string =>
  [...terms.map(phrase), ...alternatives.map((trigrams) => `(${trigrams.map(phrase).join(' OR ')})`)].join(' AND ')

/** A LIKE pattern that matches the term literally anywhere (with ESCAPE '\'). */
export const containsPattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
