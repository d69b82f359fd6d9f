import type { LiveState } from '../domain/agenda'

/**
 * Where a live run stands at a given instant. Pure, and `now` is a parameter, so the view can
 * use an injected clock and tests can move time. "Behind" is measured against the run's own
 * start: the plan says item N should end `sum of durations up to N` after the run started.
 */

export interface LiveItem {
  id: string
  durationMinutes: number
  extraMinutes: number
  actualStart: string | null
}

export interface LiveProgress {
  currentIndex: number
  nextIndex: number | null
  /** Seconds since the current item started. */
  elapsedSeconds: number
  /** Seconds left of the current item's time (planned plus added); negative when it runs over. */
  remainingSeconds: number
  /** Positive: behind the plan by this many minutes; negative: ahead. */
  behindMinutes: number
  /** When the whole agenda will end at this pace, as an ISO instant. */
  projectedEnd: string
}

const MINUTE = 60_000

export function liveProgress(items: readonly LiveItem[], state: LiveState, now: number): LiveProgress | null {
  if (state.status !== 'running' || !state.startedAt || !state.currentItemStartedAt) return null
  const currentIndex = items.findIndex((item) => item.id === state.currentItemId)
  if (currentIndex < 0) return null
  const current = items[currentIndex]!
  const runStart = Date.parse(state.startedAt)
  const itemStart = Date.parse(state.currentItemStartedAt)
  const elapsed = Math.max(0, now - itemStart)
  const allowed = (current.durationMinutes + current.extraMinutes) * MINUTE
  const plannedEndOfCurrent = runStart + items.slice(0, currentIndex + 1).reduce((sum, item) => sum + item.durationMinutes * MINUTE, 0)
  const projectedEndOfCurrent = itemStart + Math.max(allowed, elapsed)
  const rest = items.slice(currentIndex + 1).reduce((sum, item) => sum + item.durationMinutes * MINUTE, 0)
  return {
    currentIndex,
    nextIndex: currentIndex + 1 < items.length ? currentIndex + 1 : null,
    elapsedSeconds: Math.floor(elapsed / 1000),
    remainingSeconds: Math.ceil((allowed - elapsed) / 1000),
    behindMinutes: Math.round((projectedEndOfCurrent - plannedEndOfCurrent) / MINUTE),
    projectedEnd: new Date(projectedEndOfCurrent + rest).toISOString()
  }
}
