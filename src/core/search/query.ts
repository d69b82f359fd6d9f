/**
 * Turns what a person typed into safe search terms. Every term is used literally: FTS5
 * syntax (quotes, `*`, `-`, `OR`, `NEAR`, parentheses, `column:`) never reaches the
 * query parser, so no query can fail.
 */
export interface SearchTerms {
  /** Three characters or more: the trigram index can answer these. */
  indexed: string[]
  /** One or two characters (e.g. 创新): too short for trigrams, matched with LIKE instead. */
  short: string[]
}

const maxTerms = 12

export function searchTerms(raw: string): SearchTerms {
  const terms = [...new Set(raw.normalize('NFC').split(/\s+/u).filter((t) => t.length > 0))].slice(0, maxTerms)
  const indexed: string[] = []
  const short: string[] = []
  for (const term of terms) (Array.from(term).length >= 3 ? indexed : short).push(term)
  return { indexed, short }
}

/** Each term as an FTS5 string (a phrase), all required. */
export const matchExpression = (terms: string[]): string => terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' AND ')

/** A LIKE pattern that matches the term literally anywhere (with ESCAPE '\'). */
export const containsPattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
