import type { City } from '../../shared/domain/city'
import { AppError } from '../../shared/errors'
import type { Db } from './connection'
import { type CityRow, toCity } from './cities'
import { mustExist, reorder } from './rows'

/** Links a speaker to a workshop, at the end of its list. Linking twice is harmless. */
export function addWorkshopSpeaker(db: Db, workshopId: string, speakerId: string): void {
  mustExist(db, 'workshops', workshopId, 'workshop')
  mustExist(db, 'speakers', speakerId, 'speaker')
  db.prepare(
    `INSERT INTO workshop_speakers (workshop_id, speaker_id, position)
     VALUES (?, ?, (SELECT coalesce(max(position) + 1, 0) FROM workshop_speakers WHERE workshop_id = ?))
     ON CONFLICT DO NOTHING`
  ).run(workshopId, speakerId, workshopId)
}

export function removeWorkshopSpeaker(db: Db, workshopId: string, speakerId: string): void {
  db.prepare('DELETE FROM workshop_speakers WHERE workshop_id = ? AND speaker_id = ?').run(workshopId, speakerId)
}

export function reorderWorkshopSpeakers(db: Db, workshopId: string, ids: string[]): void {
  reorder(
    db,
    {
      select: 'SELECT speaker_id FROM workshop_speakers WHERE workshop_id = ?',
      update: 'UPDATE workshop_speakers SET position = ? WHERE workshop_id = ? AND speaker_id = ?'
    },
    [workshopId],
    ids,
    'speakers'
  )
}

/** A city joins a workshop with an empty case study, at the end of the list. */
export function addWorkshopCity(db: Db, workshopId: string, cityId: string): void {
  mustExist(db, 'workshops', workshopId, 'workshop')
  mustExist(db, 'cities', cityId, 'city or region')
  db.prepare(
    `INSERT INTO workshop_cities (workshop_id, city_id, position)
     VALUES (?, ?, (SELECT coalesce(max(position) + 1, 0) FROM workshop_cities WHERE workshop_id = ?))
     ON CONFLICT DO NOTHING`
  ).run(workshopId, cityId, workshopId)
}

/** Removes the city from the workshop together with its case study there. */
export function removeWorkshopCity(db: Db, workshopId: string, cityId: string): void {
  db.prepare('DELETE FROM workshop_cities WHERE workshop_id = ? AND city_id = ?').run(workshopId, cityId)
}

export function reorderWorkshopCities(db: Db, workshopId: string, ids: string[]): void {
  reorder(
    db,
    {
      select: 'SELECT city_id FROM workshop_cities WHERE workshop_id = ?',
      update: 'UPDATE workshop_cities SET position = ? WHERE workshop_id = ? AND city_id = ?'
    },
    [workshopId],
    ids,
    'cities'
  )
}

export function citiesOfWorkshop(db: Db, workshopId: string): (City & { summary: string; itemCount: number })[] {
  const rows = db
    .prepare(
      `SELECT c.*, wc.summary,
         (SELECT count(*) FROM case_study_items i WHERE i.workshop_id = wc.workshop_id AND i.city_id = wc.city_id) AS item_count
       FROM workshop_cities wc JOIN cities c ON c.id = wc.city_id
       WHERE wc.workshop_id = ? ORDER BY wc.position`
    )
    .all(workshopId) as (CityRow & { summary: string; item_count: number })[]
  return rows.map((r) => ({ ...toCity(r), summary: r.summary, itemCount: r.item_count }))
}

export function requireParticipation(db: Db, workshopId: string, cityId: string): { summary: string; position: number } {
  const row = db
    .prepare('SELECT summary, position FROM workshop_cities WHERE workshop_id = ? AND city_id = ?')
    .get(workshopId, cityId) as { summary: string; position: number } | undefined
  if (!row) throw new AppError('not_found', 'That city is not taking part in this workshop.')
  return row
}
