import { DateTime } from 'luxon'
import type { Workshop } from '../../../../shared/domain/workshop'

/** The workshop's planned start as an instant, in its own zone. */
export const workshopStart = (workshop: Workshop): DateTime =>
  DateTime.fromISO(`${workshop.date}T${workshop.startTime}`, { zone: workshop.timeZone })

/** When a note was taken on the workshop's clock (the zone the facilitator planned in). */
export const clockTime = (takenAt: string, zone: string): string => DateTime.fromISO(takenAt).setZone(zone).toFormat('HH:mm:ss')

/** Beyond this, "+47597:53 from start" says nothing: the note's date says more. */
const SAME_SESSION_MINUTES = 24 * 60

/**
 * "+1:05" after the start, "−0:10" before it: how far into the workshop a note was taken;
 * null for a note taken on another day (before preparing, or long after).
 */
export function sinceStart(takenAt: string, start: DateTime): { sign: string; time: string } | null {
  const minutes = Math.round(DateTime.fromISO(takenAt).diff(start, 'minutes').minutes)
  const abs = Math.abs(minutes)
  if (abs > SAME_SESSION_MINUTES) return null
  return { sign: minutes < 0 ? '−' : '+', time: `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}` }
}

/** The calendar date a note was taken, on the workshop's clock. */
export const takenOn = (takenAt: string, zone: string): string => DateTime.fromISO(takenAt).setZone(zone).toISODate() ?? ''
