import type { SearchHit, SearchKind, SearchTarget } from '../../shared/domain/search'
import { type FoldedTerms, openingOf, snippetOf } from './snippet'
import type { Row } from './statements'

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

export function hitOf(kind: SearchKind, row: Row, terms: FoldedTerms): SearchHit {
  // Every indexed column ends with a space (migration 10, for a vocabulary that migration 11 replaced).
  const title = row.title.trimEnd()
  const body = row.body.trimEnd()
  return {
    kind,
    id: row.ref_id,
    title,
    // A workshop's own hit already shows its title; its header would say it twice.
    workshopTitle: kind === 'workshop' ? '' : (row.workshop_title ?? ''),
    snippet: snippetOf(body, terms) ?? snippetOf(title, terms) ?? openingOf(body || title),
    target: targetOf(kind, row)
  }
}
