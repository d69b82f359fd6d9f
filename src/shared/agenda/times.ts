import { DateTime } from 'luxon'
import type { LocalTime, MinutesShare } from '../domain/agenda'

/**
 * Agenda times are computed, never stored: an item starts when the workshop starts (its date
 * and start time read in its IANA zone) plus the durations of the items before it. Minutes
 * are added as elapsed time, so an agenda running across a daylight-saving change ends at the
 * right instant, and every reading in another zone comes from the same instant.
 * Pure: used by the service, the renderer and the report alike.
 */

export interface WorkshopClock {
  date: string
  startTime: string
  timeZone: string
  secondTimeZone: string | null
  plannedEndTime: string | null
}

export interface ItemTimes {
  start: string
  end: string
  startLocal: LocalTime
  endLocal: LocalTime
  startSecond: LocalTime | null
  endSecond: LocalTime | null
}

export interface ScheduleTotals {
  totalMinutes: number
  start: string
  end: string
  endLocal: LocalTime
  endSecond: LocalTime | null
  plannedEnd: string | null
  overrunMinutes: number
}

const MINUTE = 60_000

/** The instant the workshop starts. A start inside a spring-forward gap moves to the first valid minute. */
export function workshopStart(clock: Pick<WorkshopClock, 'date' | 'startTime' | 'timeZone'>): DateTime {
  const start = DateTime.fromISO(`${clock.date}T${clock.startTime}`, { zone: clock.timeZone })
  if (!start.isValid) throw new RangeError(`Cannot read ${clock.date} ${clock.startTime} in ${clock.timeZone}.`)
  return start
}

/** The wall clock in `zone` at `instant`, flagged when its date is not the workshop's date. */
export function localTime(instant: DateTime | string, zone: string, workshopDate: string): LocalTime {
  const at = (typeof instant === 'string' ? DateTime.fromISO(instant) : instant).setZone(zone)
  const date = at.toISODate() ?? workshopDate
  return { date, time: at.toFormat('HH:mm'), otherDay: date !== workshopDate }
}

const isoInstant = (at: DateTime): string => at.toUTC().toISO({ suppressMilliseconds: true }) ?? ''

/** The planned end as an instant; an end at or before the start time means the next day. */
export function plannedEnd(clock: WorkshopClock): DateTime | null {
  if (!clock.plannedEndTime) return null
  const start = workshopStart(clock)
  let end = DateTime.fromISO(`${clock.date}T${clock.plannedEndTime}`, { zone: clock.timeZone })
  if (end <= start) end = DateTime.fromISO(`${start.plus({ days: 1 }).toISODate()}T${clock.plannedEndTime}`, { zone: clock.timeZone })
  return end
}

/** Adds start and end times to every item, in order, plus the agenda's totals. */
export function scheduleAgenda<T extends { durationMinutes: number }>(
  clock: WorkshopClock,
  items: readonly T[]
): { items: (T & ItemTimes)[]; totals: ScheduleTotals } {
  const start = workshopStart(clock)
  const read = (at: DateTime) => ({
    local: localTime(at, clock.timeZone, clock.date),
    second: clock.secondTimeZone ? localTime(at, clock.secondTimeZone, clock.date) : null
  })
  let cursor = start
  const timed = items.map((item) => {
    const itemStart = cursor
    cursor = cursor.plus({ milliseconds: item.durationMinutes * MINUTE })
    const a = read(itemStart)
    const b = read(cursor)
    return {
      ...item,
      start: isoInstant(itemStart),
      end: isoInstant(cursor),
      startLocal: a.local,
      endLocal: b.local,
      startSecond: a.second,
      endSecond: b.second
    }
  })
  const planned = plannedEnd(clock)
  const end = read(cursor)
  return {
    items: timed,
    totals: {
      totalMinutes: Math.round(cursor.diff(start).toMillis() / MINUTE),
      start: isoInstant(start),
      end: isoInstant(cursor),
      endLocal: end.local,
      endSecond: end.second,
      plannedEnd: planned ? isoInstant(planned) : null,
      overrunMinutes: planned ? Math.max(0, Math.ceil(cursor.diff(planned).toMillis() / MINUTE)) : 0
    }
  }
}

/**
 * Minutes on the agenda per speaker and per city, largest first. A speaker is credited with
 * the whole item (a panellist is on stage the whole panel); a city with the items about it.
 */
export function minutesShares(
  items: readonly { durationMinutes: number; speakerIds: readonly string[]; cityId: string | null }[],
  speakerNames: ReadonlyMap<string, string>,
  cityNames: ReadonlyMap<string, string>
): { bySpeaker: MinutesShare[]; byCity: MinutesShare[] } {
  const add = (totals: Map<string, number>, key: string, minutes: number) => totals.set(key, (totals.get(key) ?? 0) + minutes)
  const speakers = new Map<string, number>()
  const cities = new Map<string, number>()
  for (const item of items) {
    for (const speakerId of item.speakerIds) add(speakers, speakerId, item.durationMinutes)
    if (item.cityId) add(cities, item.cityId, item.durationMinutes)
  }
  const list = (totals: Map<string, number>, names: ReadonlyMap<string, string>): MinutesShare[] =>
    [...totals]
      .map(([id, minutes]) => ({ id, name: names.get(id) ?? '', minutes }))
      .sort((a, b) => b.minutes - a.minutes || a.name.localeCompare(b.name))
  return { bySpeaker: list(speakers, speakerNames), byCity: list(cities, cityNames) }
}
