import { searchBand } from '../db/migrations/008_search'
import type { Db } from '../db/connection'
import { searchKinds, type SearchGroup, type SearchKind, type SearchResult } from '../../shared/domain/search'
import { hitOf } from './hits'
import { coverVerdict, isCoverable } from './cover'
import { matchExpression, pairsOf, searchTerms, spreadExpression } from './query'
import { foldTerms } from './snippet'
import { matchesQuery, type Row } from './statements'
import { rowsPerKind } from './walk'

/** Rows a cover may find without its words before the search asks the exact phrase instead. */
const maxPassedOver = 64

/**
 * Searches everything at once and returns up to `perKind` hits per kind, newest first.
 * Terms of three characters or more use the trigram index; shorter words (创新, EU, 鄂) the
 * spread-out index of migration 11. Never throws on what a person typed. Plain function over
 * a db handle so benchmarks and the CLI can call it.
 */
export function search(db: Db, query: string, perKind = 50, kinds: readonly SearchKind[] = searchKinds): SearchResult {
  const { indexed, short } = searchTerms(query)
  if (indexed.length === 0 && short.length === 0) return { query, groups: [] }
  const params: Record<string, string> = {}
  if (indexed.length > 0) params.match = matchExpression(indexed)
  // With short words, the spread-out index leads, asked for the longer terms' neighbouring
  // pairs as well: one FTS5 query then narrows the rows down to those likely to hold every
  // term, and the trigram index checks the longer terms exactly. Led by the trigram index,
  // a common word would bring every one of its rows to be checked for a rare short one.
  if (short.length > 0) params.spread = spreadExpression([...short, ...indexed.flatMap(pairsOf)])
  const statement = matchesQuery(db, { indexed: indexed.length > 0, short: short.length > 0 }, perKind + 1)
  const wanted = new Set(kinds)
  const walk = (given: Record<string, string>, keep?: (row: Row) => boolean | 'stop') =>
    wanted.size === searchKinds.length
      ? rowsPerKind(statement, given, undefined, keep)
      : new Map([...wanted].flatMap((kind) => [...rowsPerKind(statement, given, { lowest: searchBand[kind], highest: searchBand[kind] }, keep)]))
  // Longer words are first asked as their cover of trigrams, and every row found is checked
  // for the words themselves (./cover.ts). A row that may hold one in a way this check cannot
  // tell, or many rows that hold the trigrams apart ("national point" for "international"),
  // send the search back to the exact phrase: passing over rows costs more, past a few dozen.
  const covered = short.length === 0 ? indexed.filter(isCoverable) : []
  let unsure = false
  let passedOver = 0
  const verdict = coverVerdict(covered)
  const holds = (row: Row) => {
    // Once unsure, every walk still to come (one per kind, for some kinds) stops at once.
    if (unsure) return 'stop'
    const seen = verdict([row.title, row.body])
    if (seen === 'lacks') passedOver++
    unsure = seen === 'unsure' || passedOver > maxPassedOver
    return unsure ? 'stop' : seen === 'holds'
  }
  const byCover = covered.length > 0 ? walk({ match: matchExpression(indexed, covered) }, holds) : null
  const byKind = byCover && !unsure ? byCover : walk(params)
  const found = searchKinds.flatMap((kind) => (byKind.has(kind) ? [{ kind, rows: byKind.get(kind)! }] : []))
  const terms = foldTerms([...indexed, ...short])
  const groups: SearchGroup[] = found.map(({ kind, rows }) => ({
    kind,
    more: rows.length > perKind,
    hits: rows.slice(0, perKind).map((row) => hitOf(kind, row, terms))
  }))
  return { query, groups }
}
