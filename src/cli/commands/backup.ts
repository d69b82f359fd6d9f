import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { startCore } from '../../core/app'
import { makeBackup, rotateBackups } from '../../core/backup/backups'
import { checkDatabaseFile } from '../../core/backup/inspect'
import { backupFolderFor } from '../../core/backup/location'
import { restoreFrom } from '../../core/backup/restore'
import { dataFileIn } from '../../core/paths'
import { AppError } from '../../shared/errors'
import type { CliCommand } from '../command'

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup [--out FILE]',
  summary: 'Back up the database now (to the backup folder, or to FILE), with SQLite’s own snapshot.',
  options: { out: { type: 'string' } },
  async run({ values, core, io }) {
    if (typeof values.out === 'string') {
      const out = resolve(values.out)
      if (existsSync(out)) throw new AppError('conflict', `${out} already exists; choose a new file name.`)
      core!.db.prepare('VACUUM INTO ?').run(out)
      io.out(`Backed up to ${out}`)
      return 0
    }
    const folder = backupFolderFor(core!.dataFile)
    const backup = makeBackup(core!.db, folder, 'manual')
    rotateBackups(folder)
    io.out(`Backed up to ${resolve(folder, backup.id)}`)
    return 0
  }
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'restore FILE',
  summary: 'Replace the database with FILE (a backup or another Roundtable file); the current one is backed up first.',
  // The current data file may be the damaged one being replaced: it is opened only if it can be.
  opensDatabase: false,
  async run({ positionals, dataDir, io }) {
    if (!positionals[0]) {
      io.err('Usage: roundtable restore FILE')
      return 2
    }
    const core = startCore({ dataDir, transport: 'cli' })
    try {
      const { undoBackupId } = restoreFrom(core, resolve(positionals[0]))
      io.out(`Restored ${resolve(positionals[0])}.`)
      if (undoBackupId) io.out(`The previous database was kept as ${resolve(backupFolderFor(core.dataFile), undoBackupId)}; restore it to undo.`)
      return 0
    } finally {
      core.close()
    }
  }
}

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check',
  summary: 'Run SQLite’s integrity and foreign-key checks on the database, without changing it.',
  opensDatabase: false,
  async run({ dataDir, io }) {
    const file = dataFileIn(dataDir)
    if (!existsSync(file)) {
      io.err(`There is no database at ${file}.`)
      return 1
    }
    let result
    try {
      result = checkDatabaseFile(file)
    } catch (error) {
      io.err(`${file} cannot be read as a database: ${(error as Error).message}`)
      return 1
    }
    const healthy = result.integrity.length === 1 && result.integrity[0] === 'ok'
    io.out(`Integrity check: ${healthy ? 'ok' : result.integrity.slice(0, 20).join('\n  ')}`)
    io.out(`Foreign-key check: ${result.brokenReferences.length === 0 ? 'ok' : `${result.brokenReferences.length} broken reference(s)`}`)
    for (const ref of result.brokenReferences.slice(0, 20)) io.out(`  ${ref.table} row ${ref.rowid} points to a missing ${ref.parent}`)
    return healthy && result.brokenReferences.length === 0 ? 0 : 1
  }
}
