import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs'
import { basename, dirname, isAbsolute, join } from 'node:path'
import { AppError } from '../../shared/errors'

/**
 * Where backups go. By default a folder next to the data folder, named after it
 * ("Roundtable" → "Roundtable Backups"): deleting or resetting the data folder, which is
 * what uninstallers and "start over" advice do, leaves the backups alone; it is on the
 * same disk, so it is always writable; and a second data folder (a test, a colleague's
 * copy) keeps its own backups. The choice lives in a small file beside the data file, not
 * in the database, so it is still known when the database itself cannot be opened.
 */
export const SETTINGS_FILE_NAME = 'backups.json'

export const defaultBackupFolder = (dataFile: string): string => {
  const dataDir = dirname(dataFile)
  return join(dirname(dataDir), `${basename(dataDir)} Backups`)
}

const settingsFile = (dataFile: string): string => join(dirname(dataFile), SETTINGS_FILE_NAME)

export function backupFolderFor(dataFile: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.ROUNDTABLE_BACKUP_DIR) return env.ROUNDTABLE_BACKUP_DIR
  try {
    const saved = JSON.parse(readFileSync(settingsFile(dataFile), 'utf8')) as { folder?: unknown }
    if (typeof saved.folder === 'string' && isAbsolute(saved.folder)) return saved.folder
  } catch {
    // No settings yet, or unreadable ones: the default is always a safe answer.
  }
  return defaultBackupFolder(dataFile)
}

/** Remembers another folder. It must already exist: a typo must not create folders anywhere. */
export function chooseBackupFolder(dataFile: string, folder: string | null): string {
  if (folder !== null) {
    if (!isAbsolute(folder) || !existsSync(folder) || !statSync(folder).isDirectory()) {
      throw new AppError('invalid_input', `${folder} is not an existing folder. Create it first, then choose it again.`)
    }
  }
  const file = settingsFile(dataFile)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(`${file}.tmp`, JSON.stringify({ folder }, null, 2))
  renameSync(`${file}.tmp`, file)
  return backupFolderFor(dataFile)
}
