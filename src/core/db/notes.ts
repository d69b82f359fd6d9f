import type { Note, NoteKind } from '../../shared/domain/note'
import { AppError } from '../../shared/errors'
import type { Db } from './connection'
import { type ColumnMap, mustExist, newId, now, updateRow } from './rows'

export interface NoteRow {
  id: string
  workshop_id: string
  text: string
  taken_at: string
  agenda_item_id: string | null
  speaker_id: string | null
  city_id: string | null
  kind: NoteKind
  case_study_item_id: string | null
  created_at: string
  updated_at: string
}

const columns: ColumnMap<Note> = {
  text: 'text',
  agendaItemId: 'agenda_item_id',
  speakerId: 'speaker_id',
  cityId: 'city_id',
  kind: 'kind',
  caseStudyItemId: 'case_study_item_id'
}

export const toNote = (r: NoteRow): Note => ({
  id: r.id,
  workshopId: r.workshop_id,
  text: r.text,
  takenAt: r.taken_at,
  agendaItemId: r.agenda_item_id,
  speakerId: r.speaker_id,
  cityId: r.city_id,
  kind: r.kind,
  caseStudyItemId: r.case_study_item_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

export function listNotes(db: Db, workshopId: string): Note[] {
  mustExist(db, 'workshops', workshopId, 'workshop')
  const rows = db.prepare('SELECT * FROM notes WHERE workshop_id = ? ORDER BY taken_at, created_at').all(workshopId) as NoteRow[]
  return rows.map(toNote)
}

export function getNote(db: Db, id: string): Note {
  const row = db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined
  if (!row) throw new AppError('not_found', 'That note no longer exists.')
  return toNote(row)
}

type NewNote = Pick<Note, 'workshopId' | 'text' | 'takenAt' | 'agendaItemId' | 'speakerId' | 'cityId'> & Partial<Pick<Note, 'createdAt'>>

/** Always inserted plain: turning it into a quote etc. is markNote's job, which writes the case study. */
export function insertNote(db: Db, input: NewNote, id = newId()): Note {
  const stamp = now()
  const row = db
    .prepare(
      `INSERT INTO notes (id, workshop_id, text, taken_at, agenda_item_id, speaker_id, city_id, kind, case_study_item_id, created_at, updated_at)
       VALUES (@id, @workshopId, @text, @takenAt, @agendaItemId, @speakerId, @cityId, 'plain', NULL, @createdAt, @stamp)
       RETURNING *`
    )
    .get({ ...input, id, createdAt: input.createdAt ?? stamp, stamp }) as NoteRow
  return toNote(row)
}

export function updateNote(db: Db, id: string, patch: Partial<Note>): Note {
  if (!updateRow(db, 'notes', columns, id, patch)) throw new AppError('not_found', 'That note no longer exists.')
  return getNote(db, id)
}

export function deleteNote(db: Db, id: string): void {
  if (db.prepare('DELETE FROM notes WHERE id = ?').run(id).changes === 0) throw new AppError('not_found', 'That note no longer exists.')
}
