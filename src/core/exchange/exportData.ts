import { createHash } from 'node:crypto'
import type { Db } from '../db/connection'
import { schemaVersion } from '../db/migrations'
import { appVersion } from '../service/version'
import { inDependencyOrder, readTableShapes, toJsonValue, type TableShape } from './tables'

export const EXPORT_FORMAT = 'roundtable-export'
export const EXPORT_VERSION = 1

export interface ExportDocument {
  format: typeof EXPORT_FORMAT
  version: number
  schemaVersion: number
  exportedAt: string
  app: string
  /** Table name → rows with their columns as stored, ids included: an import keeps them. */
  tables: Record<string, Record<string, unknown>[]>
}

function rowsOf(db: Db, shape: TableShape): Record<string, unknown>[] {
  const order = shape.primaryKey.length ? shape.primaryKey.map((c) => `"${c}"`).join(', ') : 'rowid'
  const rows = db.prepare(`SELECT * FROM "${shape.name}" ORDER BY ${order}`).all() as Record<string, unknown>[]
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toJsonValue(v)])))
}

export function exportDocument(db: Db, now = new Date()): ExportDocument {
  const tables: ExportDocument['tables'] = {}
  for (const shape of inDependencyOrder(readTableShapes(db))) tables[shape.name] = rowsOf(db, shape)
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaVersion: schemaVersion(db),
    exportedAt: now.toISOString(),
    app: `Roundtable ${appVersion}`,
    tables
  }
}

export const exportFileName = (now = new Date()) => `roundtable-export-${now.toISOString().slice(0, 10)}.json`

/** A checksum of every row of every data table, independent of row order and export time. */
export function contentChecksum(db: Db): string {
  const hash = createHash('sha256')
  for (const shape of [...readTableShapes(db)].sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = rowsOf(db, shape).map((row) => JSON.stringify(Object.keys(row).sort().map((k) => [k, row[k]])))
    hash.update(`${shape.name}\n${rows.sort().join('\n')}\n`)
  }
  return hash.digest('hex')
}
