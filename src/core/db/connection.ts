import Database from 'better-sqlite3'
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError } from '../../shared/errors'
import { inspectDatabaseFile } from '../backup/inspect'
import { latestVersion, migrate, newerThanApp } from './migrations'
import { reuseCompiledStatements } from './statementCache'

export type Db = Database.Database

export interface OpenOptions {
  /** Create the file when it does not exist (true for the app's own data file). */
  create?: boolean
  /** Called with the live database before pending migrations run, e.g. to back it up. */
  beforeMigrate?: (db: Db, from: number, to: number) => void
}

/**
 * Opens the data file with the pragmas an acknowledged save needs to survive a crash,
 * checks it is a readable SQLite database, and brings its schema up to date.
 * A file that is not a healthy Roundtable database is never modified.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const isMemory = file === ':memory:'
  if (!isMemory) {
    const exists = existsSync(file)
    if (!exists && !options.create) throw new AppError('not_found', `There is no database at ${file}.`)
    if (exists && statSync(file).size === 0) {
      throw new AppError('db_unreadable', `${file} is empty (0 bytes): it is not a Roundtable database. It has not been changed; restore a backup or open another file.`)
    }
    if (!exists) createAtomically(file)
  }
  // Check a copy first: a damaged file must not be touched (no WAL, no journal, no schema).
  if (!isMemory && existsSync(file)) checkReadable(file)
  const db = new Database(file)
  reuseCompiledStatements(db)
  try {
    applyPragmas(db)
    migrate(db, options.beforeMigrate)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * A new data file is built under a temporary name and renamed into place once its schema is
 * committed: a crash during the very first start must not leave an empty or half-made file
 * where the data file belongs (the next start would rightly refuse to open it).
 */
function createAtomically(file: string): void {
  mkdirSync(dirname(file), { recursive: true })
  const partial = `${file}.creating`
  for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) rmSync(leftover, { force: true })
  const db = new Database(partial)
  try {
    applyPragmas(db)
    migrate(db)
  } finally {
    db.close()
  }
  renameSync(partial, file)
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
}

/**
 * Any open, even a read-only one, may create -wal/-shm files beside the data file and replays a
 * leftover -wal (which may not even belong to it). So the check runs on a copy of the file and
 * its sidecars, and a file that fails it is left exactly as it was.
 */
function checkReadable(file: string): void {
  const preview = inspectDatabaseFile(file)
  if (preview.schemaVersion > latestVersion()) throw newerThanApp(preview.schemaVersion)
  if (preview.problem) {
    throw new AppError('db_unreadable', `${file} cannot be read as a Roundtable database. ${preview.problem} It has not been changed; restore a backup or open another file.`)
  }
}
