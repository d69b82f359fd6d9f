import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DatabasePreview } from '../../shared/domain/safety'
import { AppError } from '../../shared/errors'
import type { DataControl } from './control'
import { keepDamagedFile, makeBackup } from './backups'
import { inspectDatabaseFile } from './inspect'
import { backupFolderFor } from './location'

/** A consistent copy of any database file (with its -wal, if any) without opening the original. */
function snapshotFile(source: string, target: string): void {
  const scratch = mkdtempSync(join(tmpdir(), 'roundtable-restore-'))
  let db: Database.Database | undefined
  try {
    const copy = join(scratch, 'copy.sqlite')
    copyFileSync(source, copy)
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${copy}-wal`)
    db = new Database(copy, { fileMustExist: true })
    rmSync(target, { force: true })
    db.prepare('VACUUM INTO ?').run(target)
  } finally {
    db?.close()
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Checks a file before anything is replaced: a restore must never swap in something unopenable. */
export function previewFile(file: string): DatabasePreview {
  return inspectDatabaseFile(file, { integrity: 'full' })
}

/**
 * Puts `source` in place of the data file. The current data is saved first (a backup, or a
 * raw copy when the data file is damaged), so the restore can be undone by restoring that.
 * The new file is prepared beside the data file and swapped in by rename: at every moment
 * either the old or the new database is complete on disk.
 */
export function restoreFrom(control: DataControl, source: string): { undoBackupId: string | null } {
  const preview = previewFile(source)
  if (preview.problem) throw new AppError('invalid_input', `This file cannot be restored: ${preview.problem}`)
  if (!('workshops' in preview.counts)) throw new AppError('invalid_input', 'This file cannot be restored: it is an empty database.')
  const { dataFile } = control
  const folder = backupFolderFor(dataFile)
  let undoBackupId: string | null = null
  if (control.openError() === null) undoBackupId = makeBackup(control.database(), folder, 'before-restore').id
  else if (existsSync(dataFile) && statSync(dataFile).size > 0) undoBackupId = keepDamagedFile(dataFile, folder).id

  const staged = `${dataFile}.restoring`
  try {
    snapshotFile(source, staged)
  } catch (error) {
    rmSync(staged, { force: true })
    throw new AppError('internal', `The restore could not be prepared (${(error as Error).message}). Nothing was changed.`)
  }
  control.reopen(() => {
    // Closing checkpointed a healthy database; what is left belongs to the file being replaced.
    for (const sidecar of ['-wal', '-shm', '-journal']) rmSync(dataFile + sidecar, { force: true })
    renameSync(staged, dataFile)
  })
  const error = control.openError()
  if (error) throw new AppError('internal', `The restored file could not be opened: ${error.message}`)
  return { undoBackupId }
}
