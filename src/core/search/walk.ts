import { bandSpan, searchBand } from '../db/migrations/008_search'
import type { SearchKind } from '../../shared/domain/search'
import type { PageQuery, Row } from './statements'

const kindOfBand = new Map<number, SearchKind>(Object.entries(searchBand).map(([kind, band]) => [band, kind as SearchKind]))
const bandOf = (rowid: number) => Math.floor(rowid / bandSpan)
const lowestBand = Math.min(...Object.values(searchBand))
const highestBand = Math.max(...Object.values(searchBand))

/**
 * Walks the index upwards from the lowest band, a page at a time, keeping up to a page of rows per
 * band (kind); within a band the newest row has the lowest rowid (migration 010). When a band
 * is full the walk jumps above it, so a rare word costs one query for every kind together and
 * a common one about one query per kind. Rows `keep` turns down do not count; when it says
 * 'stop', the walk ends there, with the rows so far.
 */
export function rowsPerKind(
  query: PageQuery,
  params: Record<string, unknown>,
  bands = { lowest: lowestBand, highest: highestBand },
  keep: (row: Row) => boolean | 'stop' = () => true
): Map<SearchKind, Row[]> {
  const limit = query.size
  const found = new Map<SearchKind, Row[]>()
  // BigInt binds as an INTEGER; a JS number this large binds as REAL, and FTS5 then cannot
  // use the rowid range and scans every match instead (10× slower on 100,000 notes).
  const ceiling = BigInt((bands.highest + 1) * bandSpan)
  let above = BigInt(bands.lowest * bandSpan)
  for (;;) {
    const page = query.statement.all({ ...params, above, ceiling }) as Row[]
    for (const row of page) {
      const kind = kindOfBand.get(bandOf(row.rowid))
      const rows = kind && found.get(kind)
      if (!kind || (rows && rows.length === limit)) continue
      const kept = keep(row)
      if (kept === 'stop') return found
      if (!kept) continue
      if (rows) rows.push(row)
      else found.set(kind, [row])
    }
    const last = page[page.length - 1]
    if (page.length < limit || !last) return found
    // Go on above the last row, or above its whole band once that band has a page of rows.
    const band = bandOf(last.rowid)
    above = found.get(kindOfBand.get(band)!)?.length === limit ? BigInt((band + 1) * bandSpan) - 1n : BigInt(last.rowid)
    if (above >= ceiling - 1n) return found
  }
}
