import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { ConflictChoice, ImportPreview, ImportResult } from '../../shared/domain/safety'
import { AppError } from '../../shared/errors'
import type { Db } from '../db/connection'
import { latestVersion, newerThanApp } from '../db/migrations'
import { EXPORT_FORMAT, EXPORT_VERSION } from './exportData'
import { hasGeneratedId, inDependencyOrder, originOf, readTableShapes, toSqlValue, type TableShape } from './tables'

type Row = Record<string, unknown>

const envelope = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `Not a Roundtable export (format must be "${EXPORT_FORMAT}").` }),
  version: z.number().int().min(1).max(EXPORT_VERSION, { error: 'Made by a newer Roundtable: update the app to import it.' }),
  schemaVersion: z.number().int().min(0),
  exportedAt: z.string().max(100),
  app: z.string().max(200).optional(),
  tables: z.record(z.string().max(200), z.array(z.unknown()).max(5_000_000))
})

interface Plan {
  version: number
  exportedAt: string
  tables: { shape: TableShape; rows: Row[] }[]
}

/** Reads and checks the whole file before anything is written: one bad row refuses the import. */
export function readExport(db: Db, text: string): Plan {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new AppError('invalid_input', `The file is not valid JSON (${(error as Error).message}).`)
  }
  const head = envelope.safeParse(json)
  if (!head.success) {
    const issue = head.error.issues[0]
    throw new AppError('invalid_input', `The file is not a Roundtable export: ${issue?.path.join('.') || 'document'}: ${issue?.message}`)
  }
  if (head.data.schemaVersion > latestVersion()) throw newerThanApp(head.data.schemaVersion)
  const shapes = new Map(readTableShapes(db).map((s) => [s.name, s]))
  const issues: { path: string; message: string }[] = []
  for (const name of Object.keys(head.data.tables)) {
    if (!shapes.has(name)) issues.push({ path: `tables.${name}`, message: 'This Roundtable does not know this table (the file comes from a newer app?).' })
  }
  const tables = inDependencyOrder([...shapes.values()]).map((shape) => {
    const rows = (head.data.tables[shape.name] ?? []).map((raw, i) => {
      const parsed = shape.row.safeParse(raw)
      if (!parsed.success) {
        for (const issue of parsed.error.issues.slice(0, 3)) issues.push({ path: `tables.${shape.name}.${i}.${issue.path.join('.')}`, message: issue.message })
        return {}
      }
      return parsed.data
    })
    return { shape, rows }
  })
  if (issues.length) {
    throw new AppError('invalid_input', `The file has ${issues.length} problem(s); nothing was imported. First: ${issues[0]?.path}: ${issues[0]?.message}`, issues.slice(0, 20))
  }
  return { version: head.data.version, exportedAt: head.data.exportedAt, tables }
}

const keyWhere = (shape: TableShape) => shape.primaryKey.map((c) => `"${c}" = ?`).join(' AND ')
const pkOf = (shape: TableShape, row: Row) => shape.primaryKey.map((c) => toSqlValue(row[c]))

/** The existing row this one would clash with: same primary key, or same value in a UNIQUE column set. */
function findExisting(db: Db, shape: TableShape, row: Row, only: 'any' | 'unique' = 'any'): { by: 'pk' | 'unique'; key: Row } | null {
  const select = shape.primaryKey.map((c) => `"${c}"`).join(', ')
  if (!select) return null
  if (only === 'any' && shape.primaryKey.every((c) => row[c] !== undefined)) {
    const key = db.prepare(`SELECT ${select} FROM "${shape.name}" WHERE ${keyWhere(shape)}`).get(...pkOf(shape, row)) as Row | undefined
    if (key) return { by: 'pk', key }
  }
  for (const unique of shape.uniqueKeys) {
    if (unique.some((u) => row[u.column] === undefined || row[u.column] === null)) continue
    const where = unique.map((u) => `"${u.column}" = ? COLLATE ${u.collation}`).join(' AND ')
    const key = db.prepare(`SELECT ${select} FROM "${shape.name}" WHERE ${where}`).get(...unique.map((u) => toSqlValue(row[u.column]))) as Row | undefined
    if (key) return { by: 'unique', key }
  }
  return null
}

export function previewImport(db: Db, text: string): ImportPreview {
  const plan = readExport(db, text)
  return {
    version: plan.version,
    exportedAt: plan.exportedAt,
    tables: plan.tables.map(({ shape, rows }) => ({ table: shape.name, incoming: rows.length, conflicts: rows.filter((r) => findExisting(db, shape, r) !== null).length }))
  }
}

function insert(db: Db, shape: TableShape, row: Row): void {
  const columns = Object.keys(row)
  const sql = `INSERT INTO "${shape.name}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
  db.prepare(sql).run(...columns.map((c) => toSqlValue(row[c])))
}

function update(db: Db, shape: TableShape, key: Row, row: Row): void {
  // An UPDATE, not INSERT OR REPLACE: that deletes the row first and its ON DELETE CASCADE children with it.
  const columns = Object.keys(row).filter((c) => !shape.primaryKey.includes(c))
  if (!columns.length) return
  const sql = `UPDATE "${shape.name}" SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE ${keyWhere(shape)}`
  db.prepare(sql).run(...columns.map((c) => toSqlValue(row[c])), ...pkOf(shape, key))
}

/**
 * Writes the checked file. Must run inside the caller's transaction (the service runs every
 * call in one): a failure anywhere, including a reference that points nowhere, writes nothing.
 * "copy" gives conflicting rows new ids and points the rows that referred to them at the copy.
 */
export function importExport(db: Db, text: string, onConflict: ConflictChoice): ImportResult {
  if (!db.inTransaction) throw new AppError('internal', 'An import must run inside a transaction.')
  const plan = readExport(db, text)
  // References are checked once at the end, so rows may arrive in any order within the file.
  db.pragma('defer_foreign_keys = ON')
  const shapes = new Map(plan.tables.map((t) => [t.shape.name, t.shape]))
  const newIds = new Map<string, Map<unknown, unknown>>()
  const result: ImportResult = { tables: [] }
  for (const { shape, rows } of plan.tables) {
    const counts = { table: shape.name, inserted: 0, replaced: 0, skipped: 0, copied: 0 }
    for (const original of rows) {
      const row = { ...original }
      for (const fk of shape.foreignKeys) {
        const mapped = newIds.get(originOf(shapes, shape.name, fk.from))?.get(row[fk.from])
        if (mapped !== undefined) row[fk.from] = mapped
      }
      const remapped = shape.foreignKeys.some((fk) => row[fk.from] !== original[fk.from])
      const existing = findExisting(db, shape, row)
      const remember = (id: unknown) => {
        let ids = newIds.get(`${shape.name}.id`)
        if (!ids) newIds.set(`${shape.name}.id`, (ids = new Map()))
        ids.set(original.id, id)
      }
      // The same record under another id (a theme of the same name): rows that refer to it follow.
      if (existing?.by === 'unique' && hasGeneratedId(shape)) remember(existing.key.id)
      if (!existing) {
        insert(db, shape, row)
        if (remapped) counts.copied++
        else counts.inserted++
      } else if (onConflict === 'replace') {
        update(db, shape, existing.key, row)
        counts.replaced++
      } else if (onConflict === 'copy' && existing.by === 'pk' && hasGeneratedId(shape) && !findExisting(db, shape, row, 'unique')) {
        const id = randomUUID()
        remember(id)
        insert(db, shape, { ...row, id })
        counts.copied++
      } else {
        counts.skipped++
      }
    }
    result.tables.push(counts)
  }
  const broken = db.prepare('PRAGMA foreign_key_check').all() as { table: string; parent: string }[]
  if (broken.length) {
    const first = broken[0]!
    throw new AppError('invalid_input', `The file refers to records it does not contain (${broken.length}; first: a row of ${first.table} points to a missing ${first.parent}). Nothing was imported.`)
  }
  return result
}
