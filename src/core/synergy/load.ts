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

/**
 * Every tagged practice, cooperation area and note in scope, one entry per item with all its
 * themes. A note only counts when it names its city, and not for a theme the case-study
 * entry made from it already carries: the same remark must not count twice.
 */
export function loadEvidence(db: Db, workshopId: string | null): EvidenceItem[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.kind, i.text, i.city_id, i.workshop_id, w.title AS workshop_title, w.date AS workshop_date, t.theme_id,
         0 AS source, i.position AS place
       FROM case_study_item_themes t
       JOIN case_study_items i ON i.id = t.item_id
       JOIN workshops w ON w.id = i.workshop_id
       WHERE (@workshopId IS NULL OR i.workshop_id = @workshopId) AND i.kind IN ('practice', 'cooperation')
       UNION ALL
       SELECT n.id, 'note', n.text, n.city_id, n.workshop_id, w.title, w.date, t.theme_id, 1, n.taken_at
       FROM note_themes t
       JOIN notes n ON n.id = t.note_id
       JOIN workshops w ON w.id = n.workshop_id
       WHERE (@workshopId IS NULL OR n.workshop_id = @workshopId) AND n.city_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM case_study_item_themes d WHERE d.item_id = n.case_study_item_id AND d.theme_id = t.theme_id)
       ORDER BY workshop_date, workshop_id, city_id, source, kind DESC, place, theme_id`
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
