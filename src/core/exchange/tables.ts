import { z } from 'zod'
import type { Db } from '../db/connection'
import { dataTables } from '../backup/inspect'
import { withoutNul } from '../../shared/domain/common'

export interface Column {
  name: string
  type: string
  notNull: boolean
  hasDefault: boolean
  /** 1-based position in the primary key, 0 when not part of it. */
  pk: number
}

export interface ForeignKey {
  table: string
  from: string
  to: string
}

export interface TableShape {
  name: string
  columns: Column[]
  primaryKey: string[]
  foreignKeys: ForeignKey[]
  /** Other column sets no two rows may share (UNIQUE constraints and indexes), with their collations. */
  uniqueKeys: { column: string; collation: string }[][]
  row: z.ZodType<Record<string, unknown>>
}

// STRICT tables allow exactly these types; a value must fit the column as SQLite will store it.
function valueSchema(column: Column): z.ZodType {
  const base = (() => {
    switch (column.type.toUpperCase()) {
      case 'INTEGER':
      case 'INT':
        return z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER)
      case 'REAL':
        return z.number().finite()
      case 'TEXT':
        return z.string().overwrite(withoutNul).max(10_000_000)
      case 'BLOB':
        return z.object({ base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict()
      default:
        return z.union([z.string(), z.number().finite()])
    }
  })()
  const nullable = !column.notNull && column.pk === 0 ? base.nullable() : base
  return column.hasDefault || (!column.notNull && column.pk === 0) ? nullable.optional() : nullable
}

/** Tables that triggers fill (search references and the like) are derived: rebuilt when their sources are written. */
function triggerFilledTables(db: Db): Set<string> {
  const triggers = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[]
  const filled = new Set<string>()
  for (const sql of triggers) for (const m of sql.matchAll(/INSERT\s+(?:OR\s+\w+\s+)?INTO\s+["`]?(\w+)/gi)) filled.add(m[1]!)
  return filled
}

function uniqueKeysOf(db: Db, table: string): TableShape['uniqueKeys'] {
  const indexes = db.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number; origin: string }[]
  return indexes
    .filter((i) => i.unique === 1 && i.origin !== 'pk')
    .map((i) =>
      (db.prepare(`PRAGMA index_xinfo("${i.name}")`).all() as { name: string | null; coll: string; key: number }[])
        .filter((c) => c.key === 1 && c.name !== null)
        .map((c) => ({ column: c.name!, collation: c.coll }))
    )
    .filter((key) => key.length > 0)
}

/**
 * The shape of every data table, read from the live schema: tables other areas add later are
 * exported and imported without anyone touching this code. Full-text indexes, their shadow
 * tables and tables filled by triggers are left out: they are rebuilt from the rows they index.
 */
export function readTableShapes(db: Db): TableShape[] {
  const virtual = new Set(
    (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[])
  )
  const derived = triggerFilledTables(db)
  return dataTables(db)
    .filter((name) => !virtual.has(name) && !derived.has(name))
    .map((name) => {
      const info = db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string; notnull: number; dflt_value: unknown; pk: number }[]
      const columns = info.map((c) => ({ name: c.name, type: c.type, notNull: c.notnull === 1, hasDefault: c.dflt_value !== null, pk: c.pk }))
      const fks = db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as { table: string; from: string; to: string | null }[]
      return {
        name,
        columns,
        primaryKey: columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
        foreignKeys: fks.map((fk) => ({ table: fk.table, from: fk.from, to: fk.to ?? 'id' })),
        uniqueKeys: uniqueKeysOf(db, name),
        row: z.strictObject(Object.fromEntries(columns.map((c) => [c.name, valueSchema(c)]))) as unknown as z.ZodType<Record<string, unknown>>
      }
    })
}

/** Parents before children, so that every row's references exist when it is written. */
export function inDependencyOrder(shapes: TableShape[]): TableShape[] {
  const byName = new Map(shapes.map((s) => [s.name, s]))
  const done = new Set<string>()
  const ordered: TableShape[] = []
  const visit = (shape: TableShape, path: Set<string>) => {
    if (done.has(shape.name) || path.has(shape.name)) return
    path.add(shape.name)
    for (const fk of shape.foreignKeys) {
      const parent = byName.get(fk.table)
      if (parent && parent !== shape) visit(parent, path)
    }
    done.add(shape.name)
    ordered.push(shape)
  }
  for (const shape of [...shapes].sort((a, b) => a.name.localeCompare(b.name))) visit(shape, new Set())
  return ordered
}

/** A table that names its rows by a single generated `id` column: its rows can be copied under new ids. */
export const hasGeneratedId = (shape: TableShape): boolean => shape.primaryKey.length === 1 && shape.primaryKey[0] === 'id'

/** The table and column an id ultimately comes from, following references (workshop_cities.workshop_id → workshops.id). */
export function originOf(shapes: Map<string, TableShape>, table: string, column: string, seen = new Set<string>()): string {
  const key = `${table}.${column}`
  if (seen.has(key)) return key
  seen.add(key)
  const fk = shapes.get(table)?.foreignKeys.find((f) => f.from === column)
  return fk ? originOf(shapes, fk.table, fk.to, seen) : key
}

export const toSqlValue = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'base64' in value ? Buffer.from(String((value as { base64: string }).base64), 'base64') : value

export const toJsonValue = (value: unknown): unknown => (Buffer.isBuffer(value) ? { base64: value.toString('base64') } : value)
