import { z } from 'zod'
import { byId } from '../domain/common'
import {
  deletedNote,
  actionItem,
  actionItemCreate,
  actionItemFilter,
  actionItemListed,
  actionItemUpdate,
  note,
  noteCreate,
  noteMark,
  noteScope,
  noteUpdate
} from '../domain/note'
import { searchInput, searchResult } from '../domain/search'
import { method } from './define'

export const noteMethods = {
  /** A workshop's notes, oldest first (the order they were taken). */
  listNotes: method(noteScope, z.array(note)),
  createNote: method(noteCreate, note),
  /** Text and links; a changed city moves the case-study entry the note produced. */
  updateNote: method(noteUpdate, note),
  /** Turns a note into a quote, practice, cooperation opportunity or action item (or back to plain). */
  markNote: method(noteMark, note),
  /** Returns the deleted note so the caller can offer undo with restoreNote. */
  deleteNote: method(byId, deletedNote),
  restoreNote: method(deletedNote, note)
}

export const actionItemMethods = {
  listActionItems: method(actionItemFilter, z.array(actionItemListed)),
  createActionItem: method(actionItemCreate, actionItem),
  updateActionItem: method(actionItemUpdate, actionItem),
  deleteActionItem: method(byId, z.object({ id: z.string() }))
}

export const searchMethods = {
  /** Everything that matches, grouped by kind, newest first within a group. */
  search: method(searchInput, searchResult)
}
