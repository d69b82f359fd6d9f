import type { Database } from 'better-sqlite3'
import { AppError } from '../../../shared/errors'
import { m001Init } from './001_init'
import { m002Agenda } from './002_agenda'
import { m003Notes } from './003_notes'
import { m005Themes } from './005_themes'
import { m008Search } from './008_search'
import { m009NoteThemes } from './009_note_themes'
import { m010SearchTwoCharacters } from './010_search_two_characters'
import { m011SearchShortWords } from './011_search_short_words'

export interface Migration {
  version: number
  name: string
  up: (db: Database) => void
}

/** Ordered, strictly increasing. Feature areas append their step here; never edit a landed one. */
export const migrations: Migration[] = [m001Init, m002Agenda, m003Notes, m005Themes, m008Search, m009NoteThemes, m010SearchTwoCharacters, m011SearchShortWords]

export const latestVersion = (): number => migrations.at(-1)?.version ?? 0

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

export const newerThanApp = (version: number): AppError =>
  new AppError(
    'db_newer_than_app',
    `This database was written by a newer version of Roundtable (schema ${version}; this app knows ${latestVersion()}). Update Roundtable to open it; the file has not been changed.`
  )

/**
 * Brings the schema to the latest version: every pending step in one transaction, so a
 * failure leaves the database exactly as it was. A database written by a newer app is
 * refused untouched rather than guessed at.
 */
export function migrate(db: Database, beforeMigrate?: (db: Database, from: number, to: number) => void): void {
  const current = schemaVersion(db)
  const target = latestVersion()
  if (current > target) throw newerThanApp(current)
  if (current === target) return
  beforeMigrate?.(db, current, target)
  const pending = migrations.filter((m) => m.version > current)
  db.transaction(() => {
    for (const step of pending) {
      step.up(db)
      db.pragma(`user_version = ${step.version}`)
    }
  })()
}
