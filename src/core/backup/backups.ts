import Database from 'better-sqlite3'
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupInfo, BackupReason, TableCounts } from '../../shared/domain/safety'
import { AppError } from '../../shared/errors'
import type { Db } from '../db/connection'
import { countRows } from './inspect'
import { backupsToDelete, defaultRotation, type RotationPolicy } from './rotation'

const NAME = /^roundtable-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z]+(?:-[a-z]+)*?)(?:-(\d+))?\.sqlite$/

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-')

function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name)
  if (!m) return null
  const [, day, h, min, s, ms, reason] = m
  return { createdAt: `${day}T${h}:${min}:${s}.${ms}Z`, reason: reason as BackupReason }
}

function freshName(folder: string, reason: BackupReason, now: Date): string {
  const base = `roundtable-${stamp(now)}-${reason}`
  let name = `${base}.sqlite`
  for (let n = 2; existsSync(join(folder, name)); n++) name = `${base}-${n}.sqlite`
  return name
}

const fsyncFile = (file: string) => {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Writes a consistent copy of the open database with VACUUM INTO (SQLite's own snapshot,
 * never a copy of the live file, whose -wal may hold the latest saves). It is written under a
 * temporary name and renamed once flushed, so a backup file is never half-written.
 */
export function makeBackup(db: Db, folder: string, reason: BackupReason, now = new Date()): BackupInfo {
  if (db.inTransaction) throw new AppError('conflict', 'A backup cannot be taken in the middle of a save; try again.')
  mkdirSync(folder, { recursive: true })
  const name = freshName(folder, reason, now)
  const partial = join(folder, `${name}.partial`)
  rmSync(partial, { force: true })
  try {
    db.prepare('VACUUM INTO ?').run(partial)
    fsyncFile(partial)
    renameSync(partial, join(folder, name))
  } catch (error) {
    rmSync(partial, { force: true })
    throw new AppError('internal', `The backup could not be written to ${folder} (${(error as Error).message}). Check that the folder exists and has free space.`)
  }
  return describe(folder, name)!
}

/** Keeps the raw bytes of a data file that cannot be opened: a copy is all that can be done with it. */
export function keepDamagedFile(file: string, folder: string, now = new Date()): BackupInfo {
  mkdirSync(folder, { recursive: true })
  const name = freshName(folder, 'damaged-file', now)
  copyFileSync(file, join(folder, `${name}.partial`))
  for (const sidecar of ['-wal', '-journal']) if (existsSync(file + sidecar)) copyFileSync(file + sidecar, join(folder, name + sidecar))
  fsyncFile(join(folder, `${name}.partial`))
  renameSync(join(folder, `${name}.partial`), join(folder, name))
  return describe(folder, name)!
}

const countsCache = new Map<string, TableCounts | null>()

function countsOf(file: string): TableCounts | null {
  const key = `${file}:${statSync(file).size}:${statSync(file).mtimeMs}`
  if (countsCache.has(key)) return countsCache.get(key)!
  let counts: TableCounts | null = null
  let db: Db | undefined
  try {
    // Our own backups are rollback-journal files with no sidecar: a read-only open changes nothing.
    db = new Database(file, { readonly: true, fileMustExist: true })
    counts = countRows(db)
  } catch {
    counts = null
  } finally {
    db?.close()
  }
  countsCache.set(key, counts)
  return counts
}

function describe(folder: string, name: string): BackupInfo | null {
  const parsed = parseName(name)
  const file = join(folder, name)
  if (!parsed || !existsSync(file)) return null
  const counts = parsed.reason === 'damaged-file' ? null : countsOf(file)
  return { id: name, reason: parsed.reason, createdAt: parsed.createdAt, size: statSync(file).size, counts }
}

/** Newest first. A folder that does not exist yet simply has no backups. */
export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .map((name) => describe(folder, name))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
}

export function backupFile(folder: string, id: string): string {
  const file = join(folder, id)
  if (!parseName(id) || !existsSync(file)) throw new AppError('not_found', `There is no backup called ${id} in ${folder}.`)
  return file
}

export function rotateBackups(folder: string, now = new Date(), policy: RotationPolicy = defaultRotation): string[] {
  const doomed = backupsToDelete(listBackups(folder), now, policy)
  for (const backup of doomed) rmSync(join(folder, backup.id), { force: true })
  return doomed.map((b) => b.id)
}
