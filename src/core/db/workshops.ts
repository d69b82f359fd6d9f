import type { Workshop, WorkshopSummary } from '../../shared/domain/workshop'
import { AppError } from '../../shared/errors'
import type { Db } from './connection'
import { type ColumnMap, likePattern, newId, now, updateRow } from './rows'

export interface WorkshopRow {
  id: string
  title: string
  subtitle: string
  date: string
  start_time: string
  time_zone: string
  second_time_zone: string | null
  planned_end_time: string | null
  format: Workshop['format']
  location: string
  organiser: string
  intro: string
  key_messages: string
  conclusions: string
  created_at: string
  updated_at: string
}

const columns: ColumnMap<Workshop> = {
  title: 'title',
  subtitle: 'subtitle',
  date: 'date',
  startTime: 'start_time',
  timeZone: 'time_zone',
  secondTimeZone: 'second_time_zone',
  plannedEndTime: 'planned_end_time',
  format: 'format',
  location: 'location',
  organiser: 'organiser',
  intro: 'intro',
  keyMessages: 'key_messages',
  conclusions: 'conclusions'
}

export const toWorkshop = (r: WorkshopRow): Workshop => ({
  id: r.id,
  title: r.title,
  subtitle: r.subtitle,
  date: r.date,
  startTime: r.start_time,
  timeZone: r.time_zone,
  secondTimeZone: r.second_time_zone,
  plannedEndTime: r.planned_end_time,
  format: r.format,
  location: r.location,
  organiser: r.organiser,
  intro: r.intro,
  keyMessages: r.key_messages,
  conclusions: r.conclusions,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

type SummaryRow = Pick<WorkshopRow, 'id' | 'title' | 'subtitle' | 'date' | 'start_time' | 'time_zone' | 'format' | 'location' | 'updated_at'> & {
  city_count: number
  speaker_count: number
}

const summarySelect = `
  SELECT w.id, w.title, w.subtitle, w.date, w.start_time, w.time_zone, w.format, w.location, w.updated_at,
    (SELECT count(*) FROM workshop_cities c WHERE c.workshop_id = w.id) AS city_count,
    (SELECT count(*) FROM workshop_speakers s WHERE s.workshop_id = w.id) AS speaker_count
  FROM workshops w`

const toSummary = (r: SummaryRow): WorkshopSummary => ({
  id: r.id,
  title: r.title,
  subtitle: r.subtitle,
  date: r.date,
  startTime: r.start_time,
  timeZone: r.time_zone,
  format: r.format,
  location: r.location,
  updatedAt: r.updated_at,
  cityCount: r.city_count,
  speakerCount: r.speaker_count
})

/** Newest first: the workshop being prepared is usually the latest one. */
export function listWorkshops(db: Db, query?: string): WorkshopSummary[] {
  const rows = query
    ? db
        .prepare(`${summarySelect} WHERE w.title LIKE ? ESCAPE '\\' OR w.subtitle LIKE ? ESCAPE '\\' ORDER BY w.date DESC, w.start_time DESC, w.title`)
        .all(likePattern(query), likePattern(query))
    : db.prepare(`${summarySelect} ORDER BY w.date DESC, w.start_time DESC, w.title`).all()
  return (rows as SummaryRow[]).map(toSummary)
}

export function workshopSummariesFor(db: Db, where: string, param: string): WorkshopSummary[] {
  const rows = db.prepare(`${summarySelect} WHERE ${where} ORDER BY w.date DESC, w.start_time DESC`).all(param)
  return (rows as SummaryRow[]).map(toSummary)
}

export function getWorkshop(db: Db, id: string): Workshop {
  const row = db.prepare('SELECT * FROM workshops WHERE id = ?').get(id) as WorkshopRow | undefined
  if (!row) throw new AppError('not_found', 'That workshop no longer exists.')
  return toWorkshop(row)
}

export function insertWorkshop(db: Db, input: Omit<Workshop, 'id' | 'createdAt' | 'updatedAt'>, id = newId()): Workshop {
  const stamp = now()
  const row = db
    .prepare(
      `INSERT INTO workshops (id, title, subtitle, date, start_time, time_zone, second_time_zone, planned_end_time,
         format, location, organiser, intro, key_messages, conclusions, created_at, updated_at)
       VALUES (@id, @title, @subtitle, @date, @startTime, @timeZone, @secondTimeZone, @plannedEndTime,
         @format, @location, @organiser, @intro, @keyMessages, @conclusions, @stamp, @stamp)
       RETURNING *`
    )
    .get({ ...input, id, stamp }) as WorkshopRow
  return toWorkshop(row)
}

export function updateWorkshop(db: Db, id: string, patch: Partial<Workshop>): Workshop {
  if (!updateRow(db, 'workshops', columns, id, patch)) throw new AppError('not_found', 'That workshop no longer exists.')
  return getWorkshop(db, id)
}

export function deleteWorkshop(db: Db, id: string): void {
  const result = db.prepare('DELETE FROM workshops WHERE id = ?').run(id)
  if (result.changes === 0) throw new AppError('not_found', 'That workshop no longer exists.')
}
