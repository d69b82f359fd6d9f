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

/** Which indexes a search asks: the trigram index (terms of three characters or more), the spread-out one (shorter words), or both. */
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
  // One index is asked alone, so that it serves the rowid range, the order and the LIMIT
  // itself and stops after a page of hits; joined directly, SQLite would sort every match
  // first. When both are asked, the trigram index leads and each of its rows is checked in
  // the spread-out index. The LIMIT is written into the statement (one statement per page
  // size): bound as a parameter, the same page costs the index two to three times as much.
  const range = (alias: string) => `${alias}.rowid > @above AND ${alias}.rowid < @ceiling`
  const page = asks.indexed
    ? `SELECT rowid, title, body FROM search_index i
       WHERE search_index MATCH @match AND ${range('i')}
         ${asks.short ? 'AND EXISTS (SELECT 1 FROM search_spread s WHERE search_spread MATCH @spread AND s.rowid = i.rowid)' : ''}
       ORDER BY i.rowid LIMIT ${limit}`
    : `SELECT s.rowid, i.title, i.body
       FROM (SELECT rowid FROM search_spread s WHERE search_spread MATCH @spread AND ${range('s')} ORDER BY s.rowid LIMIT ${limit}) s
       JOIN search_index i ON i.rowid = s.rowid`
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
