import type { Speaker } from '../../shared/domain/speaker'
import { AppError } from '../../shared/errors'
import type { Db } from './connection'
import { type ColumnMap, likePattern, newId, now, updateRow } from './rows'

export interface SpeakerRow {
  id: string
  name: string
  role: string
  organisation: string
  city_id: string | null
  bio: string
  email: string
  created_at: string
  updated_at: string
}

const columns: ColumnMap<Speaker> = {
  name: 'name',
  role: 'role',
  organisation: 'organisation',
  cityId: 'city_id',
  bio: 'bio',
  email: 'email'
}

export const toSpeaker = (r: SpeakerRow): Speaker => ({
  id: r.id,
  name: r.name,
  role: r.role,
  organisation: r.organisation,
  cityId: r.city_id,
  bio: r.bio,
  email: r.email,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

/** Alphabetical; the query matches name, role or organisation anywhere. */
export function listSpeakers(db: Db, filter: { query?: string; cityId?: string }): Speaker[] {
  const where: string[] = []
  const params: string[] = []
  if (filter.query) {
    where.push(`(name LIKE ? ESCAPE '\\' OR role LIKE ? ESCAPE '\\' OR organisation LIKE ? ESCAPE '\\')`)
    const pattern = likePattern(filter.query)
    params.push(pattern, pattern, pattern)
  }
  if (filter.cityId) {
    where.push('city_id = ?')
    params.push(filter.cityId)
  }
  const sql = `SELECT * FROM speakers ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name COLLATE NOCASE`
  return (db.prepare(sql).all(...params) as SpeakerRow[]).map(toSpeaker)
}

export function getSpeaker(db: Db, id: string): Speaker {
  const row = db.prepare('SELECT * FROM speakers WHERE id = ?').get(id) as SpeakerRow | undefined
  if (!row) throw new AppError('not_found', 'That speaker no longer exists.')
  return toSpeaker(row)
}

export function speakersOfWorkshop(db: Db, workshopId: string): Speaker[] {
  const rows = db
    .prepare(
      `SELECT s.* FROM workshop_speakers ws JOIN speakers s ON s.id = ws.speaker_id
       WHERE ws.workshop_id = ? ORDER BY ws.position`
    )
    .all(workshopId) as SpeakerRow[]
  return rows.map(toSpeaker)
}

export function insertSpeaker(db: Db, input: Omit<Speaker, 'id' | 'createdAt' | 'updatedAt'>, id = newId()): Speaker {
  const stamp = now()
  const row = db
    .prepare(
      `INSERT INTO speakers (id, name, role, organisation, city_id, bio, email, created_at, updated_at)
       VALUES (@id, @name, @role, @organisation, @cityId, @bio, @email, @stamp, @stamp) RETURNING *`
    )
    .get({ ...input, id, stamp }) as SpeakerRow
  return toSpeaker(row)
}

export function updateSpeaker(db: Db, id: string, patch: Partial<Speaker>): Speaker {
  if (!updateRow(db, 'speakers', columns, id, patch)) throw new AppError('not_found', 'That speaker no longer exists.')
  return getSpeaker(db, id)
}

export function deleteSpeaker(db: Db, id: string): void {
  if (db.prepare('DELETE FROM speakers WHERE id = ?').run(id).changes === 0) {
    throw new AppError('not_found', 'That speaker no longer exists.')
  }
}
