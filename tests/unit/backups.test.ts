import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startCore } from '../../src/core/app'
import { listBackups } from '../../src/core/backup/backups'
import { backupFolderFor, defaultBackupFolder } from '../../src/core/backup/location'
import { backupsToDelete } from '../../src/core/backup/rotation'
import { startBackupSchedule } from '../../src/core/backup/schedule'
import { migrations } from '../../src/core/db/migrations'
import { dataFileIn } from '../../src/core/paths'
import { freshCore, tempDir } from '../helpers/core'

const folders: string[] = []
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true })
})
/** Backups live beside the data folder, so the helpers' cleanup does not reach them. */
const core = () => {
  const c = freshCore()
  folders.push(backupFolderFor(c.dataFile))
  return c
}

describe('backups', () => {
  it('go to a folder beside the data folder, and list date, size and counts', async () => {
    const c = core()
    expect(backupFolderFor(c.dataFile)).toBe(`${c.dataDir} Backups`)
    await c.run('createWorkshop', { title: 'Kept safe', date: '2026-10-23' })
    const backup = await c.run('backupNow', {})
    expect(backup).toMatchObject({ reason: 'manual', counts: { workshops: 1 } })
    expect(backup.size).toBeGreaterThan(0)
    const { backups } = await c.run('listBackups', {})
    expect(backups.map((b) => b.id)).toEqual([backup.id])
    // Deleting the data folder leaves the backup.
    c.close()
    rmSync(c.dataDir, { recursive: true, force: true })
    expect(existsSync(join(defaultBackupFolder(c.dataFile), backup.id))).toBe(true)
  })

  it('run on a schedule only when something was saved', async () => {
    const c = core()
    const schedule = startBackupSchedule(c, { everyMs: 60_000 })
    try {
      expect(schedule.tick()).toBeNull()
      await c.run('createWorkshop', { title: 'A change', date: '2026-10-23' })
      expect(schedule.tick()?.reason).toBe('scheduled')
      expect(schedule.tick()).toBeNull()
    } finally {
      schedule.stop()
    }
  })

  it('rotate: everything from the last day (up to 12), then one a day for 30 days; copies of damaged files stay', () => {
    const now = new Date('2026-11-28T12:00:00Z')
    const at = (hoursAgo: number, reason = 'scheduled') => ({ id: `b${hoursAgo}-${reason}`, reason, createdAt: new Date(now.getTime() - hoursAgo * 3600_000).toISOString() })
    const backups = [...Array.from({ length: 20 }, (_, i) => at(i)), at(30), at(31), at(24 * 10), at(24 * 40), at(24 * 41, 'damaged-file')]
    const doomed = backupsToDelete(backups, now).map((b) => b.id)
    // 0–11 h: the 12 recent ones; 13 h is the newest of the day before; 240 h is within 30 days.
    expect(doomed).toEqual(expect.arrayContaining(['b12-scheduled', 'b19-scheduled', 'b30-scheduled', 'b31-scheduled', 'b960-scheduled']))
    expect(doomed).not.toContain('b0-scheduled')
    expect(doomed).not.toContain('b13-scheduled')
    expect(doomed).not.toContain('b240-scheduled')
    expect(doomed).not.toContain('b984-damaged-file')
  })

  it('are taken before a migration, with the old schema in them', () => {
    const dir = tempDir()
    const file = dataFileIn(dir)
    const old = new Database(file)
    migrations[0]!.up(old)
    old.pragma(`user_version = ${migrations[0]!.version}`)
    old.exec("INSERT INTO workshops (id, title, date, start_time, time_zone, format, created_at, updated_at) VALUES ('x', 'Old', '2026-01-01', '10:00', 'UTC', 'online', '', '')")
    old.close()
    const c = startCore({ dataDir: dir, transport: 'test' })
    folders.push(backupFolderFor(file))
    expect(c.openError()).toBeNull()
    const [backup] = listBackups(backupFolderFor(file))
    expect(backup?.reason).toBe('before-migration')
    expect(backup?.counts).toMatchObject({ workshops: 1 })
    expect(backup?.counts).not.toHaveProperty('notes')
    c.close()
  })
})

describe('restore', () => {
  it('previews a backup, swaps it in under the running core, and can be undone', async () => {
    const c = core()
    await c.run('createWorkshop', { title: 'Version one', date: '2026-10-23' })
    const one = await c.run('backupNow', {})
    await c.run('createWorkshop', { title: 'Added later', date: '2026-10-24' })

    expect((await c.run('previewRestore', { backupId: one.id })).workshops.map((w) => w.title)).toEqual(['Version one'])
    const { undoBackupId } = await c.run('restoreDatabase', { backupId: one.id })
    expect((await c.run('listWorkshops', {})).map((w) => w.title)).toEqual(['Version one'])

    await c.run('restoreDatabase', { backupId: undoBackupId! })
    expect((await c.run('listWorkshops', {})).map((w) => w.title).sort()).toEqual(['Added later', 'Version one'])
  })

  it('restores a file chosen in the window (sent as bytes), after showing what it holds', async () => {
    const c = core()
    await c.run('createWorkshop', { title: 'From the chosen file', date: '2026-10-23' })
    const backup = await c.run('backupNow', {})
    const other = core()
    const bytes = readFileSync(join(backupFolderFor(c.dataFile), backup.id)).toString('base64')
    const { uploadId, preview } = await other.run('uploadDatabaseFile', { name: 'chosen.sqlite', dataBase64: bytes })
    expect(preview).toMatchObject({ problem: null, workshops: [{ title: 'From the chosen file' }] })
    await other.run('restoreDatabase', { uploadId })
    expect((await other.run('listWorkshops', {})).map((w) => w.title)).toEqual(['From the chosen file'])
  })

  it('refuses a damaged file and changes nothing', async () => {
    const c = core()
    await c.run('createWorkshop', { title: 'Still here', date: '2026-10-23' })
    const bytes = Buffer.from('SQLite format 3\0 but then garbage').toString('base64')
    const { uploadId, preview } = await c.run('uploadDatabaseFile', { name: 'x.sqlite', dataBase64: bytes })
    expect(preview.problem).toMatch(/cannot be read|damage/)
    const result = await c.call('restoreDatabase', { uploadId })
    expect(result.ok).toBe(false)
    expect((await c.run('listWorkshops', {})).map((w) => w.title)).toEqual(['Still here'])
    expect(await c.run('listBackups', {})).toMatchObject({ backups: [] })
  })

  it('brings a damaged data file back from recovery mode, keeping a raw copy of the damaged one', async () => {
    const c = core()
    await c.run('createWorkshop', { title: 'Backed up', date: '2026-10-23' })
    const backup = await c.run('backupNow', {})
    c.close()
    writeFileSync(c.dataFile, Buffer.alloc(8192, 7))
    const recovering = startCore({ dataDir: c.dataDir, transport: 'test' })
    expect(recovering.openError()?.code).toBe('db_unreadable')
    expect((await recovering.run('getDataStatus', {})).lastBackupAt).toBe(backup.createdAt)
    const { undoBackupId } = await recovering.run('restoreDatabase', { backupId: backup.id })
    expect(undoBackupId).toMatch(/damaged-file/)
    expect((await recovering.run('listWorkshops', {})).map((w) => w.title)).toEqual(['Backed up'])
    recovering.close()
  })
})

describe('the roundtable command', () => {
  const roundtable = (args: string[]) => execFileSync(process.execPath, ['bin/roundtable.mjs', ...args], { encoding: 'utf8' })

  it('exports, imports, backs up, restores and checks', async () => {
    const c = core()
    await c.run('createWorkshop', { title: 'From the CLI', date: '2026-10-23' })
    c.close()
    const dir = c.dataDir
    const out = join(tempDir(), 'all.json')
    roundtable(['--data-dir', dir, 'export', '--out', out])
    const other = tempDir()
    folders.push(`${other} Backups`)
    expect(roundtable(['--data-dir', other, 'import', out, '--on-conflict', 'copy'])).toMatch(/workshops\s+1/)
    expect(roundtable(['--data-dir', other, 'check'])).toMatch(/Integrity check: ok\nForeign-key check: ok/)
    const copy = join(tempDir(), 'copy.sqlite')
    roundtable(['--data-dir', dir, 'backup', '--out', copy])
    expect(roundtable(['--data-dir', other, 'restore', copy])).toMatch(/Restored/)
    expect(readdirSync(`${other} Backups`).some((f) => f.includes('before-restore'))).toBe(true)
    expect(() => roundtable(['--data-dir', dir, 'import', out, '--on-conflict', 'merge'])).toThrow()
  }, 120_000)
})
