import type { Db } from '../db/connection'
import { foldTerm } from './snippet'

/** One indexed row as the search reads it. */
export interface Row {
  rowid: number
  ref_id: string
  workshop_id: string | null
  /** The title of the workshop the row belongs to, when it belongs to one. */
  workshop_title: string | null
  title: string
  body: string
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

/**
 * The page query of the walk: up to `limit` rows of the index in a rowid range, filtered, in
 * rowid order, with what a hit shows (its text, and its workshop's title).
 */
export function matchesQuery(db: Db, withMatch: boolean, shortCount: number, foldedCount: number, limit: number) {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`page size ${limit}`)
  const likes = Array.from({ length: shortCount }, (_, i) => `AND (i.title LIKE @like${i} ESCAPE '\\' OR i.body LIKE @like${i} ESCAPE '\\')`)
  if (foldedCount > 0 && !registered.has(db)) {
    db.function('roundtable_contains_folded', { deterministic: true }, (text, term) => (containsFolded(String(text), String(term)) ? 1 : 0))
    registered.add(db)
  }
  // The title ends with a space (migration 010), so no two-letter word spans title and body.
  const folded = Array.from({ length: foldedCount }, (_, i) => `AND roundtable_contains_folded(i.title || i.body, @folded${i})`)
  // The index is asked alone, so that it serves the rowid range, the order and the LIMIT itself
  // and stops after a page of hits; joined directly, SQLite would sort every match first.
  // The LIMIT is written into the statement (one statement per page size): bound as a
  // parameter, the same page costs the index two to three times as much.
  const statement = db.prepare(
    `SELECT m.rowid, r.ref_id, r.workshop_id, w.title AS workshop_title, m.title, m.body
     FROM (SELECT rowid, title, body FROM search_index i
           WHERE ${withMatch ? 'search_index MATCH @match AND' : ''} i.rowid > @above AND i.rowid < @ceiling ${likes.join(' ')} ${folded.join(' ')}
           ORDER BY i.rowid LIMIT ${limit}) m
     JOIN search_refs r ON r.rowid = m.rowid
     LEFT JOIN workshops w ON w.id = r.workshop_id
     ORDER BY m.rowid`
  )
  return { statement, size: limit }
}

/** A page query and its page size. */
export type PageQuery = ReturnType<typeof matchesQuery>

/** A word with this many different characters after it is common enough to filter with LIKE. */
export const maxAlternatives = 200

/** The index's trigrams that begin with a two-character word, from its vocabulary (index order). */
export const trigramsStartingWith = (db: Db, pair: string): string[] =>
  db
    .prepare('SELECT term FROM search_vocab WHERE term >= ? AND term <= ? LIMIT ?')
    .pluck()
    .all(pair, `${pair}\u{10FFFF}`, maxAlternatives + 1) as string[]
