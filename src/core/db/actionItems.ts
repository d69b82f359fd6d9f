import type { ActionItem, ActionItemListed, ActionStatus } from '../../shared/domain/note'
import { AppError } from '../../shared/errors'
import type { Db } from './connection'
import { type ColumnMap, likePattern, newId, now, updateRow } from './rows'

interface ActionItemRow {
  id: string
  workshop_id: string
  note_id: string | null
  text: string
  owner_speaker_id: string | null
  owner_city_id: string | null
  owner_text: string
  due_date: string | null
  status: ActionStatus
  created_at: string
  updated_at: string
}

const columns: ColumnMap<ActionItem> = {
  text: 'text',
  ownerSpeakerId: 'owner_speaker_id',
  ownerCityId: 'owner_city_id',
  ownerText: 'owner_text',
  dueDate: 'due_date',
  status: 'status'
}

const toActionItem = (r: ActionItemRow): ActionItem => ({
  id: r.id,
  workshopId: r.workshop_id,
  noteId: r.note_id,
  text: r.text,
  ownerSpeakerId: r.owner_speaker_id,
  ownerCityId: r.owner_city_id,
  ownerText: r.owner_text,
  dueDate: r.due_date,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

export function getActionItem(db: Db, id: string): ActionItem {
  const row = db.prepare('SELECT * FROM action_items WHERE id = ?').get(id) as ActionItemRow | undefined
  if (!row) throw new AppError('not_found', 'That action item no longer exists.')
  return toActionItem(row)
}

export function actionItemOfNote(db: Db, noteId: string): ActionItem | null {
  const row = db.prepare('SELECT * FROM action_items WHERE note_id = ?').get(noteId) as ActionItemRow | undefined
  return row ? toActionItem(row) : null
}

type NewActionItem = Omit<ActionItem, 'id' | 'createdAt' | 'updatedAt'>

export function insertActionItem(db: Db, input: NewActionItem, id = newId()): ActionItem {
  const stamp = now()
  const row = db
    .prepare(
      `INSERT INTO action_items (id, workshop_id, note_id, text, owner_speaker_id, owner_city_id, owner_text, due_date, status, created_at, updated_at)
       VALUES (@id, @workshopId, @noteId, @text, @ownerSpeakerId, @ownerCityId, @ownerText, @dueDate, @status, @stamp, @stamp)
       RETURNING *`
    )
    .get({ ...input, id, stamp }) as ActionItemRow
  return toActionItem(row)
}

export function updateActionItem(db: Db, id: string, patch: Partial<ActionItem>): ActionItem {
  if (!updateRow(db, 'action_items', columns, id, patch)) throw new AppError('not_found', 'That action item no longer exists.')
  return getActionItem(db, id)
}

export function deleteActionItem(db: Db, id: string): void {
  if (db.prepare('DELETE FROM action_items WHERE id = ?').run(id).changes === 0) {
    throw new AppError('not_found', 'That action item no longer exists.')
  }
}

export interface ActionItemQuery {
  workshopId?: string
  cityId?: string
  owner?: string
  status?: ActionStatus
}

/** Across all workshops, soonest due first (undated last), with the names the list shows. */
export function listActionItems(db: Db, filter: ActionItemQuery): ActionItemListed[] {
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT a.*, w.title AS workshop_title, w.date AS workshop_date,
           coalesce(nullif(a.owner_text, ''), s.name, oc.name, '') AS owner_name,
           coalesce(a.owner_city_id, n.city_id) AS city_id,
           coalesce(oc.name, nc.name, '') AS city_name
         FROM action_items a
         JOIN workshops w ON w.id = a.workshop_id
         LEFT JOIN speakers s ON s.id = a.owner_speaker_id
         LEFT JOIN cities oc ON oc.id = a.owner_city_id
         LEFT JOIN notes n ON n.id = a.note_id
         LEFT JOIN cities nc ON nc.id = n.city_id
       )
       WHERE (@workshopId IS NULL OR workshop_id = @workshopId)
         AND (@cityId IS NULL OR city_id = @cityId)
         AND (@status IS NULL OR status = @status)
         AND (@owner IS NULL OR owner_name LIKE @owner ESCAPE '\\')
       ORDER BY due_date IS NULL, due_date, workshop_date DESC, created_at`
    )
    .all({
      workshopId: filter.workshopId ?? null,
      cityId: filter.cityId ?? null,
      status: filter.status ?? null,
      owner: filter.owner ? likePattern(filter.owner) : null
    }) as (ActionItemRow & { workshop_title: string; workshop_date: string; owner_name: string; city_id: string | null; city_name: string })[]
  return rows.map((r) => ({
    ...toActionItem(r),
    workshopTitle: r.workshop_title,
    workshopDate: r.workshop_date,
    ownerName: r.owner_name,
    cityId: r.city_id,
    cityName: r.city_name
  }))
}
