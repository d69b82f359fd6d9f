import { DateTime } from 'luxon'

/**
 * An RFC 5545 VTIMEZONE for an IANA zone, built from the zone data the runtime ships (ICU),
 * covering the calendar years from `from` to `to`. Each change of offset becomes its own
 * observance with an explicit start, so there is no rule for a calendar to misread and no
 * stale copy of the tz database to go out of date.
 */

const DAY = 86_400_000

const offsetText = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+'
  const m = Math.abs(minutes)
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`
}

const offsetAt = (zone: string, millis: number): number => DateTime.fromMillis(millis, { zone }).offset

const MINUTE = 60_000

/** The first whole minute at which the offset differs from the one at `low` (both whole minutes). */
function transitionBetween(zone: string, low: number, high: number): number {
  const before = offsetAt(zone, low)
  while (high - low > MINUTE) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE
    if (offsetAt(zone, mid) === before) low = mid
    else high = mid
  }
  return high
}

export function vtimezone(zone: string, from: Date, to: Date): string {
  const first = DateTime.fromJSDate(from, { zone }).startOf('year')
  const last = DateTime.fromJSDate(to, { zone }).endOf('year')
  const observance = (millis: number, offsetFrom: number, offsetTo: number): string[] => {
    const at = DateTime.fromMillis(millis, { zone })
    // DTSTART is written in the local time that was in force just before the change.
    const localBefore = DateTime.fromMillis(millis, { zone: 'UTC' }).plus({ minutes: offsetFrom })
    const type = at.isInDST ? 'DAYLIGHT' : 'STANDARD'
    return [
      `BEGIN:${type}`,
      `DTSTART:${localBefore.toFormat("yyyyMMdd'T'HHmmss")}`,
      `TZOFFSETFROM:${offsetText(offsetFrom)}`,
      `TZOFFSETTO:${offsetText(offsetTo)}`,
      `END:${type}`
    ]
  }
  const startOffset = first.offset
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`, ...observance(first.toMillis(), startOffset, startOffset)]
  let previous = startOffset
  for (let day = first.toMillis(); day < last.toMillis(); day += DAY) {
    const next = offsetAt(zone, day + DAY)
    if (next === previous) continue
    lines.push(...observance(transitionBetween(zone, day, day + DAY), previous, next))
    previous = next
  }
  lines.push('END:VTIMEZONE')
  return lines.join('\r\n')
}
