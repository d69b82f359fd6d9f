import type { AgendaItem, DeletedAgendaItem } from '../../shared/domain/agenda'
import { AppError } from '../../shared/errors'
import type { Db } from './connection'
import { requireParticipation } from './participation'
import { type ColumnMap, mustExist, newId, now, reorder, updateRow } from './rows'

export interface AgendaItemRow {
  id: string
  workshop_id: string
  position: number
  title: string
  kind: AgendaItem['kind']
  duration_minutes: number
  city_id: string | null
  facilitator_notes: string
  content_notes: string
  actual_start: string | null
  actual_end: string | null
  extra_minutes: number
  created_at: string
  updated_at: string
}

const columns: ColumnMap<AgendaItem> = {
  title: 'title',
  kind: 'kind',
  durationMinutes: 'duration_minutes',
  cityId: 'city_id',
  facilitatorNotes: 'facilitator_notes',
  contentNotes: 'content_notes',
  actualStart: 'actual_start',
  actualEnd: 'actual_end',
  extraMinutes: 'extra_minutes'
}

const toAgendaItem = (r: AgendaItemRow, speakerIds: string[]): AgendaItem => ({
  id: r.id,
  workshopId: r.workshop_id,
  position: r.position,
  title: r.title,
  kind: r.kind,
  durationMinutes: r.duration_minutes,
  speakerIds,
  cityId: r.city_id,
  facilitatorNotes: r.facilitator_notes,
  contentNotes: r.content_notes,
  actualStart: r.actual_start,
  actualEnd: r.actual_end,
  extraMinutes: r.extra_minutes,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

const speakerIdsOf = (db: Db, itemId: string): string[] =>
  db.prepare('SELECT speaker_id FROM agenda_item_speakers WHERE agenda_item_id = ? ORDER BY position').pluck().all(itemId) as string[]

export function listAgendaItems(db: Db, workshopId: string): AgendaItem[] {
  const rows = db.prepare('SELECT * FROM agenda_items WHERE workshop_id = ? ORDER BY position, created_at').all(workshopId) as AgendaItemRow[]
  const links = db
    .prepare(
      `SELECT s.agenda_item_id AS itemId, s.speaker_id AS speakerId FROM agenda_item_speakers s
       JOIN agenda_items i ON i.id = s.agenda_item_id WHERE i.workshop_id = ? ORDER BY s.position`
    )
    .all(workshopId) as { itemId: string; speakerId: string }[]
  const byItem = new Map<string, string[]>()
  for (const { itemId, speakerId } of links) byItem.set(itemId, [...(byItem.get(itemId) ?? []), speakerId])
  return rows.map((r) => toAgendaItem(r, byItem.get(r.id) ?? []))
}

export function getAgendaItem(db: Db, id: string): AgendaItem {
  const row = db.prepare('SELECT * FROM agenda_items WHERE id = ?').get(id) as AgendaItemRow | undefined
  if (!row) throw new AppError('not_found', 'That agenda item no longer exists; reload the agenda.')
  return toAgendaItem(row, speakerIdsOf(db, id))
}

/** Speakers and the city of an item must take part in its workshop, so totals and the report add up. */
function checkLinks(db: Db, workshopId: string, speakerIds: readonly string[] | undefined, cityId: string | null | undefined): void {
  if (cityId) requireParticipation(db, workshopId, cityId)
  if (new Set(speakerIds).size !== (speakerIds?.length ?? 0)) throw new AppError('invalid_input', 'A speaker is listed twice on this item.')
  const taking = db.prepare('SELECT 1 FROM workshop_speakers WHERE workshop_id = ? AND speaker_id = ?')
  for (const speakerId of speakerIds ?? []) {
    if (!taking.get(workshopId, speakerId)) {
      throw new AppError('not_found', 'That speaker is not taking part in this workshop; add them on the Speakers tab first.')
    }
  }
}

function writeSpeakers(db: Db, itemId: string, speakerIds: readonly string[]): void {
  db.prepare('DELETE FROM agenda_item_speakers WHERE agenda_item_id = ?').run(itemId)
  const insert = db.prepare('INSERT INTO agenda_item_speakers (agenda_item_id, speaker_id, position) VALUES (?, ?, ?)')
  speakerIds.forEach((speakerId, position) => insert.run(itemId, speakerId, position))
}

/** Where a new item goes: right after `afterId`, first when null, last when undefined. */
function makeRoom(db: Db, workshopId: string, afterId: string | null | undefined): number {
  let position: number
  if (afterId === undefined) {
    position = db.prepare('SELECT coalesce(max(position) + 1, 0) FROM agenda_items WHERE workshop_id = ?').pluck().get(workshopId) as number
  } else if (afterId === null) {
    position = 0
  } else {
    const after = getAgendaItem(db, afterId)
    if (after.workshopId !== workshopId) throw new AppError('invalid_input', 'That agenda item belongs to another workshop.')
    position = after.position + 1
  }
  db.prepare('UPDATE agenda_items SET position = position + 1 WHERE workshop_id = ? AND position >= ?').run(workshopId, position)
  return position
}

export type NewAgendaItem = Pick<
  AgendaItem,
  'workshopId' | 'title' | 'kind' | 'durationMinutes' | 'speakerIds' | 'cityId' | 'facilitatorNotes' | 'contentNotes'
> &
  Partial<Pick<AgendaItem, 'actualStart' | 'actualEnd' | 'extraMinutes'>>

export function insertAgendaItem(db: Db, input: NewAgendaItem, afterId: string | null | undefined, id = newId()): AgendaItem {
  mustExist(db, 'workshops', input.workshopId, 'workshop')
  checkLinks(db, input.workshopId, input.speakerIds, input.cityId)
  const position = makeRoom(db, input.workshopId, afterId)
  const stamp = now()
  db.prepare(
    `INSERT INTO agenda_items (id, workshop_id, position, title, kind, duration_minutes, city_id, facilitator_notes,
       content_notes, actual_start, actual_end, extra_minutes, created_at, updated_at)
     VALUES (@id, @workshopId, @position, @title, @kind, @durationMinutes, @cityId, @facilitatorNotes,
       @contentNotes, @actualStart, @actualEnd, @extraMinutes, @stamp, @stamp)`
  ).run({ actualStart: null, actualEnd: null, extraMinutes: 0, ...input, id, position, stamp })
  writeSpeakers(db, id, input.speakerIds)
  return getAgendaItem(db, id)
}

export function updateAgendaItem(db: Db, id: string, patch: Partial<AgendaItem>): AgendaItem {
  const current = getAgendaItem(db, id)
  checkLinks(db, current.workshopId, patch.speakerIds, patch.cityId)
  updateRow(db, 'agenda_items', columns, id, patch)
  if (patch.speakerIds) writeSpeakers(db, id, patch.speakerIds)
  return getAgendaItem(db, id)
}

/**
 * Deletes an item and closes the gap it leaves. Returns it as it was, with the notes and the
 * live run that pointed at it (their links are set to NULL by the delete), so undo can relink them.
 */
export function deleteAgendaItem(db: Db, id: string): DeletedAgendaItem {
  const item = getAgendaItem(db, id)
  const noteIds = db.prepare('SELECT id FROM notes WHERE agenda_item_id = ?').pluck().all(id) as string[]
  const wasLiveCurrent = db.prepare('SELECT 1 FROM live_runs WHERE current_item_id = ?').get(id) !== undefined
  db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id)
  db.prepare('UPDATE agenda_items SET position = position - 1 WHERE workshop_id = ? AND position > ?').run(item.workshopId, item.position)
  return { ...item, noteIds, wasLiveCurrent }
}

/** Puts a deleted item back where it was, with the same id, and relinks what the delete unlinked. */
export function restoreAgendaItem(db: Db, { noteIds, wasLiveCurrent, ...item }: DeletedAgendaItem): AgendaItem {
  if (db.prepare('SELECT 1 FROM agenda_items WHERE id = ?').get(item.id)) {
    throw new AppError('conflict', 'That agenda item is already there; nothing to undo.')
  }
  const count = db.prepare('SELECT count(*) FROM agenda_items WHERE workshop_id = ?').pluck().get(item.workshopId) as number
  const position = Math.min(item.position, count)
  const before = db
    .prepare('SELECT id FROM agenda_items WHERE workshop_id = ? AND position = ?')
    .pluck()
    .get(item.workshopId, position - 1) as string | undefined
  const restored = insertAgendaItem(db, item, position === 0 ? null : before, item.id)
  // Only links still empty are restored: a note relinked meanwhile keeps its new item.
  const relink = db.prepare('UPDATE notes SET agenda_item_id = ? WHERE id = ? AND workshop_id = ? AND agenda_item_id IS NULL')
  for (const noteId of noteIds) relink.run(item.id, noteId, item.workshopId)
  if (wasLiveCurrent) {
    db.prepare('UPDATE live_runs SET current_item_id = ? WHERE workshop_id = ? AND current_item_id IS NULL AND finished_at IS NULL').run(
      item.id,
      item.workshopId
    )
  }
  return restored
}

export function reorderAgendaItems(db: Db, workshopId: string, ids: string[]): void {
  mustExist(db, 'workshops', workshopId, 'workshop')
  reorder(
    db,
    {
      select: 'SELECT id FROM agenda_items WHERE workshop_id = ?',
      update: 'UPDATE agenda_items SET position = ? WHERE workshop_id = ? AND id = ?'
    },
    [workshopId],
    ids,
    'agenda items'
  )
}
