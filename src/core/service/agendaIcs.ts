import ical from 'ical-generator'
import { DateTime } from 'luxon'
import type { Agenda, LocalTime } from '../../shared/domain/agenda'
import { vtimezone } from '../../shared/agenda/vtimezone'
import type { Workshop } from '../../shared/domain/workshop'

/**
 * The agenda as an iCalendar file: one event per item, written in the workshop's IANA zone
 * (TZID=Europe/Brussels with its VTIMEZONE, never an abbreviation such as CET), so calendars
 * in any zone place it at the right instant. Zero-minute items (cancelled) are left out.
 */

/** "00:10 (2026-10-24)–01:10", "23:55–00:10 (2026-10-24)": a date wherever the day is not the workshop's. */
const reading = (a: LocalTime, b: LocalTime): string =>
  `${a.time}${a.otherDay ? ` (${a.date})` : ''}–${b.time}${b.date !== a.date ? ` (${b.date})` : ''}`

export function agendaIcs(workshop: Workshop, agenda: Agenda, speakerNames: ReadonlyMap<string, string>): string {
  const zone = agenda.timeZone
  const from = new Date(agenda.start)
  const to = new Date(agenda.end)
  const calendar = ical({
    name: workshop.title,
    prodId: { company: 'Roundtable', product: 'Roundtable', language: 'EN' },
    timezone: { name: zone, generator: (tz) => vtimezone(tz, from, to) }
  })
  for (const item of agenda.items) {
    if (item.durationMinutes === 0) continue
    const speakers = item.speakerIds.map((id) => speakerNames.get(id)).filter(Boolean)
    const second =
      agenda.secondTimeZone && item.startSecond && item.endSecond
        ? `${agenda.secondTimeZone}: ${reading(item.startSecond, item.endSecond)}`
        : ''
    calendar.createEvent({
      id: `${item.id}@roundtable`,
      start: DateTime.fromISO(item.start, { zone }),
      end: DateTime.fromISO(item.end, { zone }),
      timezone: zone,
      summary: item.title || workshop.title,
      location: workshop.location || undefined,
      description: [workshop.title, speakers.join(', '), second].filter(Boolean).join('\n')
    })
  }
  return calendar.toString()
}

const unsafeInFileName = new Set([...'\\/:*?"<>|'])

/** A file name a person recognises: the date and the workshop's title, safe on every OS. */
export const icsFileName = (workshop: Workshop): string =>
  [...`${workshop.date} ${workshop.title}`]
    .map((c) => (unsafeInFileName.has(c) || c.charCodeAt(0) < 32 ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120) + ' agenda.ics'
