import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DatabasePreview, TableCounts } from '../../shared/domain/safety'
import type { Db } from '../db/connection'
import { latestVersion } from '../db/migrations'

/** Tables that hold a person's data: not SQLite's own, not full-text indexes (rebuilt from the rows). */
export function dataTables(db: Db): string[] {
  const rows = db.prepare('PRAGMA table_list').all() as { schema: string; name: string; type: string }[]
  return rows
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort()
}

export function countRows(db: Db): TableCounts {
  const counts: TableCounts = {}
  for (const table of dataTables(db)) counts[table] = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number
  return counts
}

const sidecars = (file: string) => [`${file}-wal`, `${file}-journal`].filter((f) => existsSync(f) && statSync(f).size > 0)

/**
 * Runs `look` on a copy of a database file and its sidecars, never on the file itself: SQLite
 * replays a -wal (even on a read-only open, and even one that belongs to another database)
 * and creates -wal/-shm files, and a file being checked must stay exactly as it is.
 */
export function withCopy<T>(file: string, look: (db: Db) => T): T {
  const scratch = mkdtempSync(join(tmpdir(), 'roundtable-inspect-'))
  let db: Db | undefined
  try {
    const copy = join(scratch, 'copy.sqlite')
    copyFileSync(file, copy)
    for (const sidecar of sidecars(file)) copyFileSync(sidecar, copy + sidecar.slice(file.length))
    db = new Database(copy, { fileMustExist: true })
    return look(db)
  } finally {
    db?.close()
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** What a file holds, or why it cannot be used. `integrity: 'full'` also checks every index against its table. */
export function inspectDatabaseFile(file: string, options: { integrity?: 'quick' | 'full' } = {}): DatabasePreview {
  const size = existsSync(file) ? statSync(file).size : 0
  const failed = (problem: string): DatabasePreview => ({ size, schemaVersion: 0, counts: {}, workshops: [], problem })
  if (!existsSync(file)) return failed('The file does not exist.')
  if (size === 0) return failed('The file is empty (0 bytes).')
  try {
    return withCopy(file, (db): DatabasePreview => {
      const check = db.pragma(options.integrity === 'full' ? 'integrity_check' : 'quick_check', { simple: true })
      if (check !== 'ok') return failed(`SQLite reports damage: ${String(check)}`)
      const schemaVersion = db.pragma('user_version', { simple: true }) as number
      if (schemaVersion > latestVersion()) {
        return { ...failed(`It was written by a newer version of Roundtable (schema ${schemaVersion}; this app knows ${latestVersion()}).`), schemaVersion }
      }
      const tables = dataTables(db)
      // No tables at all: a new file whose first save never finished. Empty, but not damaged.
      if (tables.length === 0) return { size, schemaVersion, counts: {}, workshops: [], problem: null }
      if (!tables.includes('workshops')) return failed('It is an SQLite file, but not a Roundtable database (it has no workshops).')
      return {
        size,
        schemaVersion,
        counts: countRows(db),
        workshops: db.prepare('SELECT title, date FROM workshops ORDER BY date DESC LIMIT 50').all() as { title: string; date: string }[],
        problem: null
      }
    })
  } catch (error) {
    return failed(`It cannot be read as a database (${(error as Error).message}).`)
  }
}

/** `roundtable check`: SQLite's full integrity check and every broken reference, on a copy. */
export function checkDatabaseFile(file: string): { integrity: string[]; brokenReferences: { table: string; rowid: number; parent: string }[] } {
  return withCopy(file, (db) => ({
    integrity: (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check),
    brokenReferences: db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]
  }))
}
