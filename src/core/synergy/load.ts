import type { CityGroup } from '../../shared/domain/city'
import type { EvidenceItem } from '../../shared/domain/synergy'
import type { Db } from '../db/connection'
import type { ScopeCity, ScopeTheme } from './score'

/** Cities taking part in the workshop, or in any workshop when `workshopId` is null. */
export function loadScopeCities(db: Db, workshopId: string | null): ScopeCity[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT c.id, c.name, c.native_name, c.city_group FROM cities c
       JOIN workshop_cities wc ON wc.city_id = c.id
       WHERE (@workshopId IS NULL OR wc.workshop_id = @workshopId)`
    )
    .all({ workshopId }) as { id: string; name: string; native_name: string; city_group: CityGroup }[]
  return rows.map((r) => ({ id: r.id, name: r.name, nativeName: r.native_name, group: r.city_group }))
}

export function loadScopeThemes(db: Db): ScopeTheme[] {
  return db.prepare('SELECT id, name, name_zh AS nameZh, colour FROM themes').all() as ScopeTheme[]
}

interface EvidenceRow {
  id: string
  kind: EvidenceItem['kind']
  text: string
  city_id: string
  workshop_id: string
  workshop_title: string
  workshop_date: string
  theme_id: string
}

/** Every tagged practice and cooperation area in scope, one entry per item with all its themes. */
export function loadEvidence(db: Db, workshopId: string | null): EvidenceItem[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.kind, i.text, i.city_id, i.workshop_id, w.title AS workshop_title, w.date AS workshop_date, t.theme_id
       FROM case_study_item_themes t
       JOIN case_study_items i ON i.id = t.item_id
       JOIN workshops w ON w.id = i.workshop_id
       WHERE (@workshopId IS NULL OR i.workshop_id = @workshopId) AND i.kind IN ('practice', 'cooperation')
       ORDER BY w.date, i.workshop_id, i.city_id, i.kind DESC, i.position, t.theme_id`
    )
    .all({ workshopId }) as EvidenceRow[]
  const byId = new Map<string, EvidenceItem>()
  for (const r of rows) {
    const known = byId.get(r.id)
    if (known) {
      known.themeIds.push(r.theme_id)
      continue
    }
    byId.set(r.id, {
      id: r.id,
      kind: r.kind,
      text: r.text,
      cityId: r.city_id,
      workshopId: r.workshop_id,
      workshopTitle: r.workshop_title,
      workshopDate: r.workshop_date,
      themeIds: [r.theme_id]
    })
  }
  return [...byId.values()]
}
