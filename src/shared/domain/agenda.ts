import { z } from 'zod'
import { id, isoDate, line, markdown, patchOf, positionList, timestamp } from './common'

export const agendaItemKinds = ['welcome', 'talk', 'case_study', 'panel', 'discussion', 'break', 'other'] as const
export type AgendaItemKind = (typeof agendaItemKinds)[number]

/** A whole day is the most an item can last; 0 is allowed (a cancelled item keeps its place). */
export const durationMinutes = z.number().int().min(0, { error: 'At least 0 minutes.' }).max(1440, { error: 'At most 24 hours.' })

export const agendaItemFields = z.object({
  title: line(300).default(''),
  kind: z.enum(agendaItemKinds).default('talk'),
  durationMinutes: durationMinutes.default(15),
  /** Speakers in the order they speak; each must take part in the workshop. */
  speakerIds: z.array(id).max(50).default([]),
  /** The city or region this item is about (a case study, usually); must take part in the workshop. */
  cityId: id.nullable().default(null),
  /** Private: only the facilitator sees these, e.g. in live mode. */
  facilitatorNotes: markdown.default(''),
  /** What was said, for the report (e.g. the 12 flagship actions of a talk). */
  contentNotes: markdown.default('')
})

export const agendaItemCreate = agendaItemFields.extend({
  workshopId: id,
  /** Insert right after this item; null or absent appends at the end. */
  afterId: id.nullable().optional()
})
export const agendaItemUpdate = patchOf(agendaItemFields).extend({ id })

export const agendaItem = agendaItemFields.extend({
  id,
  workshopId: id,
  position: z.number().int(),
  /** Recorded by live mode, as ISO instants (UTC); null until the item is run. */
  actualStart: timestamp.nullable(),
  actualEnd: timestamp.nullable(),
  /** Minutes added with "+5 min" while running; the plan (durationMinutes) is left alone. */
  extraMinutes: z.number().int().min(0),
  createdAt: timestamp,
  updatedAt: timestamp
})

/**
 * A deleted item as the service hands it back for undo: the item, plus what pointed at it
 * and was unlinked by the delete (live notes, the live run's current item).
 */
export const deletedAgendaItem = agendaItem.extend({
  noteIds: z.array(id).max(10_000).default([]),
  wasLiveCurrent: z.boolean().default(false)
})

export const agendaScope = z.object({ workshopId: id })
export const agendaReorder = agendaScope.extend({ ids: positionList })
export const breakInsert = agendaScope.extend({
  /** The break goes right after this item; null puts it first. */
  afterId: id.nullable(),
  title: line(300).default(''),
  durationMinutes: durationMinutes.default(15)
})

/** A wall-clock reading in one zone; `otherDay` is true when its date is not the workshop's date. */
export const localTime = z.object({
  date: isoDate,
  time: z.string(),
  otherDay: z.boolean()
})

/** An item with its computed times: derived from the workshop's date, start and zone, never stored. */
export const scheduledItem = agendaItem.extend({
  start: timestamp,
  end: timestamp,
  startLocal: localTime,
  endLocal: localTime,
  /** The same instants in the workshop's second zone (e.g. Asia/Shanghai), when it has one. */
  startSecond: localTime.nullable(),
  endSecond: localTime.nullable()
})

export const minutesShare = z.object({ id, name: z.string(), minutes: z.number().int() })

export const agenda = z.object({
  workshopId: id,
  date: isoDate,
  startTime: z.string(),
  timeZone: z.string(),
  secondTimeZone: z.string().nullable(),
  items: z.array(scheduledItem),
  totalMinutes: z.number().int(),
  start: timestamp,
  end: timestamp,
  endLocal: localTime,
  endSecond: localTime.nullable(),
  /** The workshop's planned end as an instant, when it has one. */
  plannedEnd: timestamp.nullable(),
  /** Minutes past the planned end (0 when it fits or there is no planned end). */
  overrunMinutes: z.number().int(),
  minutesBySpeaker: z.array(minutesShare),
  minutesByCity: z.array(minutesShare)
})

export const liveRunStatuses = ['not_started', 'running', 'finished'] as const

/** Live mode's state, persisted so a reload or a crash mid-webinar loses nothing. */
export const liveState = z.object({
  workshopId: id,
  status: z.enum(liveRunStatuses),
  startedAt: timestamp.nullable(),
  finishedAt: timestamp.nullable(),
  /** The agenda item running now; live notes link to it. */
  currentItemId: id.nullable(),
  currentItemStartedAt: timestamp.nullable()
})

/** `at` is the caller's clock (ISO instant); the renderer sends its own so tests can control time. */
export const liveCommand = agendaScope.extend({ at: z.iso.datetime({ offset: true }).optional() })
export const liveMinutes = liveCommand.extend({ minutes: z.number().int().min(1).max(240).default(5) })

export const agendaIcs = z.object({ fileName: z.string(), ics: z.string() })

export type AgendaItem = z.infer<typeof agendaItem>
export type AgendaItemCreate = z.input<typeof agendaItemCreate>
export type DeletedAgendaItem = z.infer<typeof deletedAgendaItem>
export type ScheduledItem = z.infer<typeof scheduledItem>
export type LocalTime = z.infer<typeof localTime>
export type Agenda = z.infer<typeof agenda>
export type MinutesShare = z.infer<typeof minutesShare>
export type LiveState = z.infer<typeof liveState>
