import { bandSpan, searchBand } from '../db/migrations/008_search'
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/connection'
import { searchKinds, type SearchGroup, type SearchHit, type SearchKind, type SearchResult, type SearchTarget } from '../../shared/domain/search'
import { containsPattern, matchExpression, searchTerms } from './query'
import { type FoldedTerms, foldTerm, foldTerms, openingOf, snippetOf } from './snippet'

interface Row {
  rowid: number
  ref_id: string
  workshop_id: string | null
  title: string
  body: string
}

/** Where each kind of hit is shown in the app; the workshop page's tab keys. */
const workshopTab: Partial<Record<SearchKind, string>> = {
  workshop: 'details',
  agenda_item: 'agenda',
  note: 'notes',
  quote: 'cases',
  case_study: 'cases'
}

function targetOf(kind: SearchKind, row: Row): SearchTarget {
  if (kind === 'city') return { section: 'cities', id: row.ref_id }
  if (kind === 'speaker') return { section: 'speakers', id: row.ref_id }
  if (kind === 'action_item') return { section: 'other', name: 'actions', id: row.ref_id }
  if (kind === 'workshop') return { section: 'workshop', id: row.ref_id, tab: 'details' }
  return { section: 'workshop', id: row.workshop_id ?? '', tab: workshopTab[kind] ?? 'details', focus: row.ref_id }
}

const statements = new WeakMap<Db, Map<string, Statement>>()

/** Compiling a statement costs about as much as running one here: each connection keeps its own. */
function prepared(db: Db, sql: string): Statement {
  const cache = statements.get(db) ?? new Map<string, Statement>()
  statements.set(db, cache)
  let statement = cache.get(sql)
  if (!statement) cache.set(sql, (statement = db.prepare(sql)))
  return statement
}

const registered = new WeakSet<Db>()

/**
 * Whether `text` contains `term` (already folded) the way the index compares: accents and case
 * folded. LIKE folds ASCII case only, and would miss "Éurope" for "eu".
 */
function containsFolded(text: string, term: string): boolean {
  if (text.toLowerCase().includes(term)) return true
  return /\P{ASCII}/u.test(text) && foldTerm(text).includes(term)
}

function matchesQuery(db: Db, withMatch: boolean, shortCount: number, foldedCount: number) {
  const likes = Array.from({ length: shortCount }, (_, i) => `AND (i.title LIKE @like${i} ESCAPE '\\' OR i.body LIKE @like${i} ESCAPE '\\')`)
  if (foldedCount > 0 && !registered.has(db)) {
    db.function('roundtable_contains_folded', { deterministic: true }, (text, term) => (containsFolded(String(text), String(term)) ? 1 : 0))
    registered.add(db)
  }
  // The title ends with a space (migration 010), so no two-letter word spans title and body.
  const folded = Array.from({ length: foldedCount }, (_, i) => `AND roundtable_contains_folded(i.title || i.body, @folded${i})`)
  // The index is asked alone, so that it serves the rowid range, the order and the LIMIT itself
  // and stops after a page of hits; joined directly, SQLite would sort every match first.
  return prepared(
    db,
    `SELECT m.rowid, r.ref_id, r.workshop_id, m.title, m.body
     FROM (SELECT rowid, title, body FROM search_index i
           WHERE ${withMatch ? 'search_index MATCH @match AND' : ''} i.rowid > @above AND i.rowid < @ceiling ${likes.join(' ')} ${folded.join(' ')}
           ORDER BY i.rowid LIMIT @limit) m
     JOIN search_refs r ON r.rowid = m.rowid
     ORDER BY m.rowid`
  )
}

const kindOfBand = new Map<number, SearchKind>(Object.entries(searchBand).map(([kind, band]) => [band, kind as SearchKind]))
const bandOf = (rowid: number) => Math.floor(rowid / bandSpan)
const lowestBand = Math.min(...Object.values(searchBand))
const highestBand = Math.max(...Object.values(searchBand))

/**
 * Walks the index upwards from the lowest band, a page at a time, keeping up to `limit` rows per
 * band (kind); within a band the newest row has the lowest rowid (migration 010). When a band
 * is full the walk jumps above it, so a rare word costs one query for every kind together and
 * a common one about one query per kind.
 */
function rowsPerKind(
  query: ReturnType<typeof matchesQuery>,
  params: Record<string, unknown>,
  limit: number,
  bands = { lowest: lowestBand, highest: highestBand }
): Map<SearchKind, Row[]> {
  const found = new Map<SearchKind, Row[]>()
  // BigInt binds as an INTEGER; a JS number this large binds as REAL, and FTS5 then cannot
  // use the rowid range and scans every match instead (10× slower on 100,000 notes).
  const ceiling = BigInt((bands.highest + 1) * bandSpan)
  let above = BigInt(bands.lowest * bandSpan)
  for (;;) {
    const page = query.all({ ...params, above, ceiling, limit }) as Row[]
    for (const row of page) {
      const kind = kindOfBand.get(bandOf(row.rowid))
      if (!kind) continue
      const rows = found.get(kind) ?? []
      found.set(kind, rows)
      if (rows.length < limit) rows.push(row)
    }
    const last = page[page.length - 1]
    if (page.length < limit || !last) return found
    // Go on above the last row, or above its whole band once that band has a page of rows.
    const band = bandOf(last.rowid)
    above = found.get(kindOfBand.get(band)!)?.length === limit ? BigInt((band + 1) * bandSpan) - 1n : BigInt(last.rowid)
    if (above >= ceiling - 1n) return found
  }
}

/** A word with this many different characters after it is common enough to filter with LIKE. */
const maxAlternatives = 200

/** The index's trigrams that begin with a two-character word, from its vocabulary (index order). */
const trigramsStartingWith = (db: Db, pair: string): string[] =>
  prepared(db, 'SELECT term FROM search_vocab WHERE term >= ? AND term <= ? LIMIT ?')
    .pluck()
    .all(pair, `${pair}\u{10FFFF}`, maxAlternatives + 1) as string[]

function hitOf(kind: SearchKind, row: Row, terms: FoldedTerms, workshopTitles: Map<string, string>): SearchHit {
  // Every indexed column ends with a space, so that two-character words are indexed (migration 010).
  row = { ...row, title: row.title.trimEnd(), body: row.body.trimEnd() }
  return {
    kind,
    id: row.ref_id,
    title: row.title,
    workshopTitle: row.workshop_id ? (workshopTitles.get(row.workshop_id) ?? '') : '',
    snippet: snippetOf(row.body, terms) ?? snippetOf(row.title, terms) ?? openingOf(row.body || row.title),
    target: targetOf(kind, row)
  }
}

/**
 * Searches everything at once and returns up to `perKind` hits per kind, newest first.
 * Terms of three characters or more use the trigram index; two-character words (创新) match
 * any indexed trigram that starts with them; single characters filter with LIKE on the
 * indexed text. Never throws on what a
 * person typed. Plain function over a db handle so benchmarks and the CLI can call it.
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
  const statement = matchesQuery(db, withMatch, short.length, common.length)
  const wanted = new Set(kinds)
  const byKind =
    wanted.size === searchKinds.length
      ? rowsPerKind(statement, params, perKind + 1)
      : new Map([...wanted].flatMap((kind) => [...rowsPerKind(statement, params, perKind + 1, { lowest: searchBand[kind], highest: searchBand[kind] })]))
  const found = searchKinds.flatMap((kind) => (byKind.has(kind) ? [{ kind, rows: byKind.get(kind)! }] : []))
  const workshopIds = [...new Set(found.flatMap((f) => f.rows.map((r) => r.workshop_id)).filter((id): id is string => id !== null))]
  const workshopTitles = new Map(
    (prepared(db, 'SELECT id, title FROM workshops WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(workshopIds)) as {
      id: string
      title: string
    }[]).map((w) => [w.id, w.title])
  )
  const terms = foldTerms([...indexed, ...pairs, ...short])
  const groups: SearchGroup[] = found.map(({ kind, rows }) => ({
    kind,
    more: rows.length > perKind,
    hits: rows.slice(0, perKind).map((row) => hitOf(kind, row, terms, workshopTitles))
  }))
  return { query, groups }
}
