import { z } from 'zod'
import { clockTime, id, patchOf, isoDate, line, markdown, requiredLine, timeZone, timestamp } from './common'

export const workshopFormats = ['online', 'onsite', 'hybrid'] as const

export const workshopFields = z.object({
  title: requiredLine(300),
  subtitle: line(300).default(''),
  date: isoDate,
  startTime: clockTime.default('09:00'),
  timeZone: timeZone.default('Europe/Brussels'),
  /** The participants' zone shown beside the facilitator's, e.g. Asia/Shanghai. */
  secondTimeZone: timeZone.nullable().default(null),
  plannedEndTime: clockTime.nullable().default(null),
  format: z.enum(workshopFormats).default('online'),
  location: line(300).default(''),
  organiser: line(300).default(''),
  intro: markdown.default(''),
  keyMessages: markdown.default(''),
  conclusions: markdown.default('')
})

export const workshopCreate = workshopFields
export const workshopUpdate = patchOf(workshopFields).extend({ id })

export const workshop = workshopFields.extend({
  id,
  createdAt: timestamp,
  updatedAt: timestamp
})

export const workshopSummary = workshop.pick({
  id: true,
  title: true,
  subtitle: true,
  date: true,
  startTime: true,
  timeZone: true,
  format: true,
  location: true,
  updatedAt: true
}).extend({ cityCount: z.number().int(), speakerCount: z.number().int() })

export type Workshop = z.infer<typeof workshop>
export type WorkshopSummary = z.infer<typeof workshopSummary>
export type WorkshopCreate = z.input<typeof workshopCreate>
export type WorkshopFormat = (typeof workshopFormats)[number]
