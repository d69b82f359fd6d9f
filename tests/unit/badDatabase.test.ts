import { copyFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startCore } from '../../src/core/app'
import { dataFileIn } from '../../src/core/paths'
import { tempDir } from '../helpers/core'
import { damages, hashOf, healthyDataDir } from '../helpers/damage'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('opening a bad database', () => {
  for (const [name, damage] of Object.entries(damages)) {
    it(`${name}: no crash, recovery mode, the file and its -wal unchanged`, async () => {
      const dir = await healthyDataDir()
      dirs.push(dir)
      const file = dataFileIn(dir)
      damage(file, dir)
      const before = { db: hashOf(file), wal: hashOf(`${file}-wal`), files: readdirSync(dir).sort() }
      const core = startCore({ dataDir: dir, transport: 'test' })
      try {
        const error = core.openError()
        expect(error?.code).toMatch(/^db_unreadable|db_newer_than_app$/)
        expect(error?.message).toMatch(/restore a backup|Update Roundtable/)
        const call = await core.call('listWorkshops', {})
        expect(call.ok).toBe(false)
        const status = await core.run('getDataStatus', {})
        expect(status.open).toBe(false)
      } finally {
        core.close()
      }
      expect({ db: hashOf(file), wal: hashOf(`${file}-wal`), files: readdirSync(dir).sort() }).toEqual(before)
    })
  }

  it('a healthy database with a leftover -wal of its own opens, with every save in it', async () => {
    const dir = tempDir()
    const file = dataFileIn(dir)
    const writer = startCore({ dataDir: dir, transport: 'test' })
    writer.db.pragma('wal_autocheckpoint = 0')
    await writer.run('createWorkshop', { title: 'Saved before the crash', date: '2026-10-23' })
    // Simulate a crash: keep the file and its -wal as a dead process would leave them.
    copyFileSync(`${file}-wal`, join(dir, 'keep-wal'))
    copyFileSync(file, join(dir, 'keep-db'))
    writer.close()
    copyFileSync(join(dir, 'keep-db'), file)
    copyFileSync(join(dir, 'keep-wal'), `${file}-wal`)
    const core = startCore({ dataDir: dir, transport: 'test' })
    expect(core.openError()).toBeNull()
    expect((await core.run('listWorkshops', {})).map((w) => w.title)).toEqual(['Saved before the crash'])
    core.close()
  })
})
