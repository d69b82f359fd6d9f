import { randomUUID } from 'node:crypto'
import { AppError } from '../../shared/errors'
import type { Db } from './connection'

export const newId = (): string => randomUUID()
export const now = (): string => new Date().toISOString()

/** Maps a domain field name to its column; only names from this map ever reach SQL. */
export type ColumnMap<T> = { [K in keyof T]?: string }

type Bindable = string | number | bigint | null | Buffer

const toBindable = (value: unknown): Bindable => {
  if (typeof value === 'boolean') return value ? 1 : 0
  return value as Bindable
}

/**
 * Writes the fields present in `patch` to one row and stamps `updated_at` when the table
 * has it. Returns false when no row has that id.
 */
export function updateRow<T extends object>(
  db: Db,
  table: string,
  columns: ColumnMap<T>,
  id: string,
  patch: Partial<T>,
  options: { touch?: boolean } = { touch: true }
): boolean {
  const sets: string[] = []
  const values: Bindable[] = []
  for (const [field, value] of Object.entries(patch)) {
    const column = columns[field as keyof T]
    if (!column || value === undefined) continue
    sets.push(`${column} = ?`)
    values.push(toBindable(value))
  }
  if (options.touch !== false) {
    sets.push('updated_at = ?')
    values.push(now())
  }
  if (sets.length === 0) return exists(db, table, id)
  const result = db.prepare(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = ?`).run(...values, id)
  return result.changes > 0
}

export function exists(db: Db, table: string, id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined
}

export function mustExist(db: Db, table: string, id: string, what: string): void {
  if (!exists(db, table, id)) throw new AppError('not_found', `That ${what} no longer exists.`)
}

/** Rewrites `position` so rows follow `ids`; every current row must be named exactly once. */
export function reorder(db: Db, sql: { select: string; update: string }, scope: unknown[], ids: string[], what: string): void {
  const current = (db.prepare(sql.select).pluck().all(...scope) as string[]).sort()
  const wanted = [...ids].sort()
  if (current.length !== wanted.length || current.some((id, i) => id !== wanted[i])) {
    throw new AppError('conflict', `The list of ${what} changed meanwhile; reload and try again.`)
  }
  const update = db.prepare(sql.update)
  ids.forEach((id, position) => update.run(position, ...scope, id))
}

/** Escapes LIKE wildcards so a typed % or _ is matched literally. */
export const likePattern = (query: string): string => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
