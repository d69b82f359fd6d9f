import type { BackupInfo } from '../../shared/domain/safety'
import type { Db } from '../db/connection'
import type { DataControl } from './control'
import { makeBackup, rotateBackups } from './backups'
import { backupFolderFor } from './location'

export const BACKUP_EVERY_MS = 15 * 60 * 1000

export interface BackupSchedule {
  /** Takes a backup now if anything was saved since the last one; null when nothing changed. */
  tick: () => BackupInfo | null
  stop: () => void
}

/**
 * Backs up while the app runs, every 15 minutes when something was saved. Shared by the
 * desktop app and browser mode. `total_changes()` counts this connection's writes, and
 * every save goes through it. The count starts when the schedule first sees a database.
 */
export function startBackupSchedule(control: DataControl, options: { everyMs?: number; now?: () => Date } = {}): BackupSchedule {
  let seenDb: Db | null = null
  let seenChanges = 0
  const changesOf = (db: Db) => db.prepare('SELECT total_changes()').pluck().get() as number
  const tick = (): BackupInfo | null => {
    if (control.openError()) return null
    const db = control.database()
    // A database first seen (at start, or after a restore) is already backed up as it is.
    if (db !== seenDb) {
      seenDb = db
      seenChanges = changesOf(db)
      return null
    }
    const changes = changesOf(db)
    if (changes === seenChanges || db.inTransaction) return null
    const folder = backupFolderFor(control.dataFile)
    const backup = makeBackup(db, folder, 'scheduled', options.now?.())
    seenChanges = changes
    rotateBackups(folder, options.now?.())
    return backup
  }
  tick()
  const timer = setInterval(() => {
    try {
      tick()
    } catch (error) {
      // A full disk must not stop the app; the next tick tries again.
      console.error('[roundtable] scheduled backup failed:', (error as Error).message)
    }
  }, options.everyMs ?? BACKUP_EVERY_MS)
  timer.unref()
  return { tick, stop: () => clearInterval(timer) }
}
