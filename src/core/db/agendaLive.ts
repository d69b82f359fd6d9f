import type { LiveState } from '../../shared/domain/agenda'
import { AppError } from '../../shared/errors'
import type { Db } from './connection'
import { mustExist } from './rows'

/**
 * Live mode writes every step straight to the database (the live run row and each item's
 * actual start and end), so a reload or a crash in the middle of a webinar loses nothing.
 * `at` is the caller's clock, an ISO instant.
 */

interface LiveRunRow {
  workshop_id: string
  started_at: string
  finished_at: string | null
  current_item_id: string | null
  current_item_started_at: string | null
}

interface Step {
  id: string
  position: number
  actual_start: string | null
}

const runOf = (db: Db, workshopId: string) =>
  db.prepare('SELECT * FROM live_runs WHERE workshop_id = ?').get(workshopId) as LiveRunRow | undefined

export function getLiveState(db: Db, workshopId: string): LiveState {
  mustExist(db, 'workshops', workshopId, 'workshop')
  const run = runOf(db, workshopId)
  if (!run) {
    return { workshopId, status: 'not_started', startedAt: null, finishedAt: null, currentItemId: null, currentItemStartedAt: null }
  }
  return {
    workshopId,
    status: run.finished_at ? 'finished' : 'running',
    startedAt: run.started_at,
    finishedAt: run.finished_at,
    currentItemId: run.current_item_id,
    currentItemStartedAt: run.current_item_started_at
  }
}

const steps = (db: Db, workshopId: string) =>
  db.prepare('SELECT id, position, actual_start FROM agenda_items WHERE workshop_id = ? ORDER BY position').all(workshopId) as Step[]

const setActual = (db: Db, id: string, start: string | null, end: string | null) =>
  db.prepare('UPDATE agenda_items SET actual_start = ?, actual_end = ? WHERE id = ?').run(start, end, id)

const setCurrent = (db: Db, workshopId: string, itemId: string | null, startedAt: string | null, finishedAt: string | null = null) =>
  db
    .prepare('UPDATE live_runs SET current_item_id = ?, current_item_started_at = ?, finished_at = ? WHERE workshop_id = ?')
    .run(itemId, startedAt, finishedAt, workshopId)

function requireRunning(db: Db, workshopId: string): LiveRunRow {
  const run = runOf(db, workshopId)
  if (!run || run.finished_at) throw new AppError('conflict', 'Live mode is not running for this workshop; start it first.')
  return run
}

export function startLiveRun(db: Db, workshopId: string, at: string): LiveState {
  const state = getLiveState(db, workshopId)
  if (state.status !== 'not_started') {
    throw new AppError('conflict', 'This workshop has already been run live; reset live mode to start again.')
  }
  const first = steps(db, workshopId)[0]
  if (!first) throw new AppError('conflict', 'The agenda is empty; add an item before starting live mode.')
  db.prepare(
    'INSERT INTO live_runs (workshop_id, started_at, current_item_id, current_item_started_at) VALUES (?, ?, ?, ?)'
  ).run(workshopId, at, first.id, at)
  setActual(db, first.id, at, null)
  return getLiveState(db, workshopId)
}

export function advanceLiveRun(db: Db, workshopId: string, at: string): LiveState {
  const run = requireRunning(db, workshopId)
  const all = steps(db, workshopId)
  const index = all.findIndex((s) => s.id === run.current_item_id)
  const current = all[index]
  if (current) setActual(db, current.id, current.actual_start ?? run.current_item_started_at ?? at, at)
  // The current item was deleted mid-run: carry on with the first item not yet started.
  const next = current ? all[index + 1] : all.find((s) => s.actual_start === null)
  if (next) {
    setActual(db, next.id, at, null)
    setCurrent(db, workshopId, next.id, at)
  } else {
    setCurrent(db, workshopId, null, null, at)
  }
  return getLiveState(db, workshopId)
}

export function goBackLiveRun(db: Db, workshopId: string, at: string): LiveState {
  const run = runOf(db, workshopId)
  if (!run) throw new AppError('conflict', 'Live mode has not started for this workshop.')
  const all = steps(db, workshopId)
  const index = run.finished_at ? all.length : all.findIndex((s) => s.id === run.current_item_id)
  const previous = all[index - 1]
  if (index <= 0 || !previous) throw new AppError('conflict', 'This is the first item; there is nothing to go back to.')
  const current = all[index]
  if (current) {
    setActual(db, current.id, null, null)
    db.prepare('UPDATE agenda_items SET extra_minutes = 0 WHERE id = ?').run(current.id)
  }
  const resumedAt = previous.actual_start ?? at
  setActual(db, previous.id, resumedAt, null)
  setCurrent(db, workshopId, previous.id, resumedAt)
  return getLiveState(db, workshopId)
}

export function addLiveRunMinutes(db: Db, workshopId: string, minutes: number): LiveState {
  const run = requireRunning(db, workshopId)
  if (!run.current_item_id) throw new AppError('conflict', 'No agenda item is running right now.')
  db.prepare('UPDATE agenda_items SET extra_minutes = extra_minutes + ? WHERE id = ?').run(minutes, run.current_item_id)
  return getLiveState(db, workshopId)
}

export function resetLiveRun(db: Db, workshopId: string): LiveState {
  mustExist(db, 'workshops', workshopId, 'workshop')
  db.prepare('DELETE FROM live_runs WHERE workshop_id = ?').run(workshopId)
  db.prepare('UPDATE agenda_items SET actual_start = NULL, actual_end = NULL, extra_minutes = 0 WHERE workshop_id = ?').run(workshopId)
  return getLiveState(db, workshopId)
}
