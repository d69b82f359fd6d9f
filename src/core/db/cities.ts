import type { City } from '../../shared/domain/city'
import { AppError } from '../../shared/errors'
import type { Db } from './connection'
import { type ColumnMap, likePattern, newId, now, updateRow } from './rows'

export interface CityRow {
  id: string
  name: string
  native_name: string
  country: string
  city_group: City['group']
  kind: City['kind']
  notes: string
  created_at: string
  updated_at: string
}

const columns: ColumnMap<City> = {
  name: 'name',
  nativeName: 'native_name',
  country: 'country',
  group: 'city_group',
  kind: 'kind',
  notes: 'notes'
}

export const toCity = (r: CityRow): City => ({
  id: r.id,
  name: r.name,
  nativeName: r.native_name,
  country: r.country,
  group: r.city_group,
  kind: r.kind,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

/** Alphabetical; the query matches the name, the native name (西安) or the country. */
export function listCities(db: Db, filter: { query?: string; group?: City['group'] }): City[] {
  const where: string[] = []
  const params: string[] = []
  if (filter.query) {
    const pattern = likePattern(filter.query)
    where.push(`(name LIKE ? ESCAPE '\\' OR native_name LIKE ? ESCAPE '\\' OR country LIKE ? ESCAPE '\\')`)
    params.push(pattern, pattern, pattern)
  }
  if (filter.group) {
    where.push('city_group = ?')
    params.push(filter.group)
  }
  const sql = `SELECT * FROM cities ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name COLLATE NOCASE`
  return (db.prepare(sql).all(...params) as CityRow[]).map(toCity)
}

export function getCity(db: Db, id: string): City {
  const row = db.prepare('SELECT * FROM cities WHERE id = ?').get(id) as CityRow | undefined
  if (!row) throw new AppError('not_found', 'That city or region no longer exists.')
  return toCity(row)
}

export function insertCity(db: Db, input: Omit<City, 'id' | 'createdAt' | 'updatedAt'>, id = newId()): City {
  const stamp = now()
  const row = db
    .prepare(
      `INSERT INTO cities (id, name, native_name, country, city_group, kind, notes, created_at, updated_at)
       VALUES (@id, @name, @nativeName, @country, @group, @kind, @notes, @stamp, @stamp) RETURNING *`
    )
    .get({ ...input, id, stamp }) as CityRow
  return toCity(row)
}

export function updateCity(db: Db, id: string, patch: Partial<City>): City {
  if (!updateRow(db, 'cities', columns, id, patch)) throw new AppError('not_found', 'That city or region no longer exists.')
  return getCity(db, id)
}

export function deleteCity(db: Db, id: string): void {
  if (db.prepare('DELETE FROM cities WHERE id = ?').run(id).changes === 0) {
    throw new AppError('not_found', 'That city or region no longer exists.')
  }
}
