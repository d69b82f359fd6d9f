import { z } from 'zod'
import { id, isoDate, markdown, patchOf, timestamp } from './common'

/** What a live note is; every kind but `plain` also lands in the linked city's case study. */
export const noteKinds = ['plain', 'quote', 'practice', 'cooperation', 'action'] as const
export type NoteKind = (typeof noteKinds)[number]

const noteText = markdown.refine((t) => t.trim().length > 0, { error: 'Write something first.' })

/** Where a note belongs: the agenda item running when it was taken, and through it a speaker and a city. */
export const noteLinks = z.object({
  agendaItemId: id.nullable().default(null),
  speakerId: id.nullable().default(null),
  cityId: id.nullable().default(null)
})

export const noteCreate = noteLinks.extend({
  workshopId: id,
  text: noteText,
  /** The caller's clock as an ISO instant; the service stamps its own when absent. */
  takenAt: z.iso.datetime({ offset: true }).optional(),
  kind: z.enum(noteKinds).default('plain')
})

export const noteUpdate = patchOf(noteLinks).extend({ id, text: noteText.optional() })
export const noteMark = z.object({ id, kind: z.enum(noteKinds) })

export const note = noteLinks.extend({
  id,
  workshopId: id,
  text: z.string(),
  takenAt: timestamp,
  kind: z.enum(noteKinds),
  /** The case-study entry this note produced (quote, practice, cooperation, follow-up). */
  caseStudyItemId: id.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp
})

/** A deleted note as undo needs it: the note and the themes it carried. */
export const deletedNote = note.extend({ themeIds: z.array(id).max(500).default([]) })

export const noteScope = z.object({ workshopId: id })

export type Note = z.infer<typeof note>
export type NoteCreate = z.input<typeof noteCreate>

/** Action items: who does what by when, across workshops. */
export const actionStatuses = ['open', 'done', 'dropped'] as const
export type ActionStatus = (typeof actionStatuses)[number]

export const actionItemFields = z.object({
  text: noteText,
  /** The owner is a speaker, a city, or free text (e.g. "IURC secretariat"); any may be empty. */
  ownerSpeakerId: id.nullable().default(null),
  ownerCityId: id.nullable().default(null),
  ownerText: z.string().trim().max(300).default(''),
  dueDate: isoDate.nullable().default(null),
  status: z.enum(actionStatuses).default('open')
})

export const actionItemCreate = actionItemFields.extend({ workshopId: id, noteId: id.nullable().default(null) })
export const actionItemUpdate = patchOf(actionItemFields).extend({ id })

export const actionItem = actionItemFields.extend({
  id,
  workshopId: id,
  noteId: id.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp
})

/** A row of the cross-workshop list, with the names it shows. */
export const actionItemListed = actionItem.extend({
  workshopTitle: z.string(),
  workshopDate: z.string(),
  ownerName: z.string(),
  /** The city it concerns: the owner city, else the city of the note it came from. */
  cityId: id.nullable(),
  cityName: z.string()
})

export const actionItemFilter = z.object({
  workshopId: id.optional(),
  cityId: id.optional(),
  /** Matches the owner's name (speaker, city or free text), case-insensitively. */
  owner: z.string().trim().max(200).optional(),
  status: z.enum(actionStatuses).optional()
})

export type ActionItem = z.infer<typeof actionItem>
export type ActionItemListed = z.infer<typeof actionItemListed>
