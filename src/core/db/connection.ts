import Database from 'better-sqlite3'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError } from '../../shared/errors'
import { latestVersion, migrate, newerThanApp } from './migrations'

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
      throw new AppError('db_unreadable', `${file} is empty (0 bytes): it is not a Roundtable database.`)
    }
    if (!exists) mkdirSync(dirname(file), { recursive: true })
  }
  // Open read-only first: a damaged file must not be touched (no WAL, no journal, no schema).
  if (!isMemory && existsSync(file)) checkReadable(file)
  const db = new Database(file)
  try {
    applyPragmas(db)
    migrate(db, options.beforeMigrate)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
}

function checkReadable(file: string): void {
  let probe: Db | undefined
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true })
    const check = probe.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(String(check))
    probe.prepare('SELECT count(*) FROM sqlite_schema').get()
    // Refuse a newer schema here, before the read-write open switches the file to WAL.
    const version = probe.pragma('user_version', { simple: true }) as number
    if (version > latestVersion()) throw newerThanApp(version)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError(
      'db_unreadable',
      `${file} cannot be read as a Roundtable database (${(error as Error).message}). It has not been changed; restore a backup or open another file.`
    )
  } finally {
    probe?.close()
  }
}
