import type { Handlers } from '../../shared/contract'
import type { CaseStudyItemKind } from '../../shared/domain/caseStudy'
import type { Note, NoteKind } from '../../shared/domain/note'
import { AppError } from '../../shared/errors'
import * as actionItems from '../db/actionItems'
import * as caseStudies from '../db/caseStudies'
import type { Db } from '../db/connection'
import * as notes from '../db/notes'
import * as themes from '../db/themes'
import { addWorkshopCity } from '../db/participation'
import { mustExist, now } from '../db/rows'
import type { ServiceContext } from './context'

/** The case-study list each marked kind lands in. */
const caseStudyKindOf: Record<Exclude<NoteKind, 'plain'>, CaseStudyItemKind> = {
  quote: 'quote',
  practice: 'practice',
  cooperation: 'cooperation',
  action: 'follow_up'
}

type Links = Partial<Pick<Note, 'agendaItemId' | 'speakerId' | 'cityId'>>

function checkLinks(db: Db, workshopId: string, links: Links): void {
  if (links.agendaItemId && !db.prepare('SELECT 1 FROM agenda_items WHERE id = ? AND workshop_id = ?').get(links.agendaItemId, workshopId)) {
    throw new AppError('not_found', 'That agenda item is not part of this workshop (it may have been deleted).')
  }
  if (links.speakerId) mustExist(db, 'speakers', links.speakerId, 'speaker')
  if (links.cityId) mustExist(db, 'cities', links.cityId, 'city or region')
}

/** Removes the case-study entry a note produced; the action item goes only when the note stops being one. */
function undoDerived(db: Db, note: Note, keepAction: boolean): void {
  if (note.caseStudyItemId) db.prepare('DELETE FROM case_study_items WHERE id = ?').run(note.caseStudyItemId)
  if (!keepAction) db.prepare('DELETE FROM action_items WHERE note_id = ?').run(note.id)
}

/**
 * Writes what a marked note produces: an entry in its city's case study (a city that is not
 * yet taking part in the workshop joins it, since the facilitator just heard it speak) and,
 * for an action, an action item owned by the speaker or else the city.
 */
function applyKind(db: Db, note: Note, kind: NoteKind): Note {
  let caseStudyItemId: string | null = null
  if (kind !== 'plain') {
    if (note.cityId) {
      addWorkshopCity(db, note.workshopId, note.cityId)
      const item = caseStudies.insertCaseStudyItem(db, {
        workshopId: note.workshopId,
        cityId: note.cityId,
        kind: caseStudyKindOf[kind],
        text: note.text,
        speakerId: kind === 'quote' ? note.speakerId : null,
        attribution: '',
        approved: false
      })
      caseStudyItemId = item.id
    } else if (kind !== 'action') {
      throw new AppError(
        'invalid_input',
        'Link this note to a city or region first: quotes, best practices and cooperation opportunities go into a city’s case study.'
      )
    }
  }
  if (kind === 'action' && !actionItems.actionItemOfNote(db, note.id)) {
    actionItems.insertActionItem(db, {
      workshopId: note.workshopId,
      noteId: note.id,
      text: note.text,
      ownerSpeakerId: note.speakerId,
      ownerCityId: note.speakerId ? null : note.cityId,
      ownerText: '',
      dueDate: null,
      status: 'open'
    })
  }
  return notes.updateNote(db, note.id, { kind, caseStudyItemId })
}

function markNote(db: Db, id: string, kind: NoteKind): Note {
  const note = notes.getNote(db, id)
  if (note.kind === kind) return note
  undoDerived(db, note, kind === 'action')
  return applyKind(db, note, kind)
}

function updateNote(db: Db, id: string, patch: Links & { text?: string }): Note {
  const before = notes.getNote(db, id)
  checkLinks(db, before.workshopId, patch)
  const after = notes.updateNote(db, id, patch)
  const moved = patch.cityId !== undefined && patch.cityId !== before.cityId
  const reattributed = patch.speakerId !== undefined && patch.speakerId !== before.speakerId
  if (after.kind !== 'plain' && (moved || (reattributed && after.kind === 'quote'))) {
    // The entry follows the note to its new city (or speaker): rewrite it rather than patch it.
    undoDerived(db, before, true)
    return applyKind(db, { ...after, caseStudyItemId: null }, after.kind)
  }
  if (patch.text !== undefined) {
    if (after.caseStudyItemId) caseStudies.updateCaseStudyItem(db, after.caseStudyItemId, { text: patch.text })
    db.prepare('UPDATE action_items SET text = ?, updated_at = ? WHERE note_id = ?').run(patch.text, now(), id)
  }
  return after
}

export const noteHandlers = ({ db }: ServiceContext) =>
  ({
    listNotes: ({ workshopId }) => notes.listNotes(db, workshopId),
    createNote: ({ kind, takenAt, ...input }) => {
      mustExist(db, 'workshops', input.workshopId, 'workshop')
      checkLinks(db, input.workshopId, input)
      const note = notes.insertNote(db, { ...input, takenAt: new Date(takenAt ?? Date.now()).toISOString() })
      return kind === 'plain' ? note : applyKind(db, note, kind)
    },
    updateNote: ({ id, ...patch }) => updateNote(db, id, patch),
    markNote: ({ id, kind }) => markNote(db, id, kind),
    deleteNote: ({ id }) => {
      const note = notes.getNote(db, id)
      const themeIds = themes.themeIdsOfNote(db, id)
      undoDerived(db, note, false)
      notes.deleteNote(db, id)
      return { ...note, themeIds }
    },
    restoreNote: ({ themeIds, ...note }) => {
      mustExist(db, 'workshops', note.workshopId, 'workshop')
      checkLinks(db, note.workshopId, note)
      if (db.prepare('SELECT 1 FROM notes WHERE id = ?').get(note.id)) throw new AppError('conflict', 'That note is already back.')
      const restored = notes.insertNote(db, { ...note, takenAt: new Date(note.takenAt).toISOString() }, note.id)
      themes.retagNote(db, note.id, themeIds)
      return note.kind === 'plain' ? restored : applyKind(db, restored, note.kind)
    }
  }) satisfies Partial<Handlers>

export const actionItemHandlers = ({ db }: ServiceContext) =>
  ({
    listActionItems: (filter) => actionItems.listActionItems(db, filter),
    createActionItem: (input) => {
      mustExist(db, 'workshops', input.workshopId, 'workshop')
      if (input.noteId) mustExist(db, 'notes', input.noteId, 'note')
      if (input.ownerSpeakerId) mustExist(db, 'speakers', input.ownerSpeakerId, 'speaker')
      if (input.ownerCityId) mustExist(db, 'cities', input.ownerCityId, 'city or region')
      return actionItems.insertActionItem(db, input)
    },
    updateActionItem: ({ id, ...patch }) => {
      if (patch.ownerSpeakerId) mustExist(db, 'speakers', patch.ownerSpeakerId, 'speaker')
      if (patch.ownerCityId) mustExist(db, 'cities', patch.ownerCityId, 'city or region')
      return actionItems.updateActionItem(db, id, patch)
    },
    deleteActionItem: ({ id }) => (actionItems.deleteActionItem(db, id), { id })
  }) satisfies Partial<Handlers>
