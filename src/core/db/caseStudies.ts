import type { CaseStudy, CaseStudyItem, CaseStudyItemKind } from '../../shared/domain/caseStudy'
import { AppError } from '../../shared/errors'
import type { Db } from './connection'
import { requireParticipation } from './participation'
import { type ColumnMap, newId, now, reorder, updateRow } from './rows'

export interface CaseStudyItemRow {
  id: string
  workshop_id: string
  city_id: string
  kind: CaseStudyItemKind
  text: string
  speaker_id: string | null
  attribution: string
  approved: number
  position: number
  created_at: string
}

const columns: ColumnMap<CaseStudyItem> = {
  kind: 'kind',
  text: 'text',
  speakerId: 'speaker_id',
  attribution: 'attribution',
  approved: 'approved'
}

export const toCaseStudyItem = (r: CaseStudyItemRow): CaseStudyItem => ({
  id: r.id,
  workshopId: r.workshop_id,
  cityId: r.city_id,
  kind: r.kind,
  text: r.text,
  speakerId: r.speaker_id,
  attribution: r.attribution,
  approved: r.approved === 1,
  position: r.position,
  createdAt: r.created_at
})

export function getCaseStudy(db: Db, workshopId: string, cityId: string): CaseStudy {
  const { summary, position } = requireParticipation(db, workshopId, cityId)
  const items = db
    .prepare(
      `SELECT * FROM case_study_items WHERE workshop_id = ? AND city_id = ?
       ORDER BY CASE kind WHEN 'practice' THEN 0 WHEN 'cooperation' THEN 1 WHEN 'quote' THEN 2 ELSE 3 END, position`
    )
    .all(workshopId, cityId) as CaseStudyItemRow[]
  return { workshopId, cityId, summary, position, items: items.map(toCaseStudyItem) }
}

export function updateCaseStudySummary(db: Db, workshopId: string, cityId: string, summary: string): CaseStudy {
  requireParticipation(db, workshopId, cityId)
  db.prepare('UPDATE workshop_cities SET summary = ? WHERE workshop_id = ? AND city_id = ?').run(summary, workshopId, cityId)
  return getCaseStudy(db, workshopId, cityId)
}

export function getCaseStudyItem(db: Db, id: string): CaseStudyItem {
  const row = db.prepare('SELECT * FROM case_study_items WHERE id = ?').get(id) as CaseStudyItemRow | undefined
  if (!row) throw new AppError('not_found', 'That case-study entry no longer exists.')
  return toCaseStudyItem(row)
}

type NewItem = Pick<CaseStudyItem, 'workshopId' | 'cityId' | 'kind' | 'text' | 'speakerId' | 'attribution' | 'approved'>

/** Appends an entry at the end of its kind's list in the city's case study. */
export function insertCaseStudyItem(db: Db, input: NewItem, id = newId()): CaseStudyItem {
  requireParticipation(db, input.workshopId, input.cityId)
  const row = db
    .prepare(
      `INSERT INTO case_study_items (id, workshop_id, city_id, kind, text, speaker_id, attribution, approved, position, created_at)
       VALUES (@id, @workshopId, @cityId, @kind, @text, @speakerId, @attribution, @approved,
         (SELECT coalesce(max(position) + 1, 0) FROM case_study_items WHERE workshop_id = @workshopId AND city_id = @cityId AND kind = @kind),
         @stamp)
       RETURNING *`
    )
    .get({ ...input, approved: input.approved ? 1 : 0, id, stamp: now() }) as CaseStudyItemRow
  return toCaseStudyItem(row)
}

export function updateCaseStudyItem(db: Db, id: string, patch: Partial<CaseStudyItem>): CaseStudyItem {
  if (!updateRow(db, 'case_study_items', columns, id, patch, { touch: false })) {
    throw new AppError('not_found', 'That case-study entry no longer exists.')
  }
  return getCaseStudyItem(db, id)
}

export function deleteCaseStudyItem(db: Db, id: string): void {
  if (db.prepare('DELETE FROM case_study_items WHERE id = ?').run(id).changes === 0) {
    throw new AppError('not_found', 'That case-study entry no longer exists.')
  }
}

export function reorderCaseStudyItems(db: Db, workshopId: string, cityId: string, kind: CaseStudyItemKind, ids: string[]): void {
  reorder(
    db,
    {
      select: 'SELECT id FROM case_study_items WHERE workshop_id = ? AND city_id = ? AND kind = ?',
      update: 'UPDATE case_study_items SET position = ? WHERE workshop_id = ? AND city_id = ? AND kind = ? AND id = ?'
    },
    [workshopId, cityId, kind],
    ids,
    'entries'
  )
}
