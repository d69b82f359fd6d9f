import type { Db } from '../db/connection'

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

/**
 * Which indexes a search asks: the trigram index (terms of three characters or more), the
 * spread-out one (shorter words), or both. With short words the spread-out index leads the
 * walk and the trigram index checks each of its rows for the longer terms.
 */
export interface Asks {
  indexed: boolean
  short: boolean
}

/**
 * The page query of the walk: up to `limit` rows of the index in a rowid range that match
 * every term, in rowid order, with what a hit shows (its text, and its workshop's title).
 */
export function matchesQuery(db: Db, asks: Asks, limit: number) {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`page size ${limit}`)
  if (!asks.indexed && !asks.short) throw new RangeError('a search asks at least one index')
  // One index leads alone, so that it serves the rowid range, the order and the LIMIT itself
  // and stops after a page of hits; joined directly, SQLite would sort every match first.
  // The LIMIT is written into the statement (one statement per page size): bound as a
  // parameter, the same page costs the index two to three times as much.
  const page = asks.short
    ? `SELECT p.rowid, i.title, i.body
       FROM (SELECT rowid FROM search_spread s
             WHERE search_spread MATCH @spread AND s.rowid > @above AND s.rowid < @ceiling
               ${asks.indexed ? 'AND EXISTS (SELECT 1 FROM search_index x WHERE search_index MATCH @match AND x.rowid = s.rowid)' : ''}
             ORDER BY s.rowid LIMIT ${limit}) p
       JOIN search_index i ON i.rowid = p.rowid`
    : `SELECT rowid, title, body FROM search_index i
       WHERE search_index MATCH @match AND i.rowid > @above AND i.rowid < @ceiling
       ORDER BY i.rowid LIMIT ${limit}`
  const statement = db.prepare(
    `SELECT m.rowid, r.ref_id, r.workshop_id, w.title AS workshop_title, m.title, m.body
     FROM (${page}) m
     JOIN search_refs r ON r.rowid = m.rowid
     LEFT JOIN workshops w ON w.id = r.workshop_id
     ORDER BY m.rowid`
  )
  return { statement, size: limit }
}

/** A page query and its page size. */
export type PageQuery = ReturnType<typeof matchesQuery>
