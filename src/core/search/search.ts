import { searchBand } from '../db/migrations/008_search'
import type { Db } from '../db/connection'
import { searchKinds, type SearchGroup, type SearchKind, type SearchResult } from '../../shared/domain/search'
import { hitOf } from './hits'
import { containsPattern, matchExpression, searchTerms } from './query'
import { foldTerms } from './snippet'
import { matchesQuery, maxAlternatives, trigramsStartingWith } from './statements'
import { rowsPerKind } from './walk'

/**
 * Searches everything at once and returns up to `perKind` hits per kind, newest first.
 * Terms of three characters or more use the trigram index; two-character words (创新) match
 * any indexed trigram that starts with them; single characters filter with LIKE on the
 * indexed text. Never throws on what a person typed. Plain function over a db handle so benchmarks and the CLI can call it.
 */
export function search(db: Db, query: string, perKind = 50, kinds: readonly SearchKind[] = searchKinds): SearchResult {
  const { indexed, pairs, short } = searchTerms(query)
  if (indexed.length === 0 && pairs.length === 0 && short.length === 0) return { query, groups: [] }
  const alternatives: string[][] = []
  /** Two-letter words too common to ask the index for: filtered on the text, folded like the index. */
  const common: string[] = []
  for (const pair of pairs) {
    const trigrams = trigramsStartingWith(db, pair)
    // No trigram starts with it: nothing anywhere contains it (every column ends with a space).
    if (trigrams.length === 0) return { query, groups: [] }
    if (trigrams.length <= maxAlternatives) alternatives.push(trigrams)
    // LIKE compares Han, kana and Hangul as the index does; Latin letters need their accents folded.
    else (/[a-z]/.test(pair) ? common : short).push(pair)
  }
  const withMatch = indexed.length > 0 || alternatives.length > 0
  const params: Record<string, string> = {}
  if (withMatch) params.match = matchExpression(indexed, alternatives)
  short.forEach((term, i) => (params[`like${i}`] = containsPattern(term)))
  common.forEach((pair, i) => (params[`folded${i}`] = pair))
  const statement = matchesQuery(db, withMatch, short.length, common.length, perKind + 1)
  const wanted = new Set(kinds)
  const byKind =
    wanted.size === searchKinds.length
      ? rowsPerKind(statement, params)
      : new Map([...wanted].flatMap((kind) => [...rowsPerKind(statement, params, { lowest: searchBand[kind], highest: searchBand[kind] })]))
  const found = searchKinds.flatMap((kind) => (byKind.has(kind) ? [{ kind, rows: byKind.get(kind)! }] : []))
  const terms = foldTerms([...indexed, ...pairs, ...short])
  const groups: SearchGroup[] = found.map(({ kind, rows }) => ({
    kind,
    more: rows.length > perKind,
    hits: rows.slice(0, perKind).map((row) => hitOf(kind, row, terms))
  }))
  return { query, groups }
}
