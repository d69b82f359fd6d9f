import Database from 'better-sqlite3'
import { createHash, randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startCore } from '../../src/core/app'
import { dataFileIn } from '../../src/core/paths'
import { tempDir } from '../helpers/core'

const hash = (file: string) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'absent')

/** A real data file with enough rows to span many pages, closed cleanly. */
async function healthyDataDir(): Promise<string> {
  const dir = tempDir()
  const core = startCore({ dataDir: dir, transport: 'test' })
  for (let i = 0; i < 40; i++) {
    const w = await core.run('createWorkshop', { title: `Workshop ${i} ${'x'.repeat(250)}`, date: '2026-10-23' })
    await core.run('updateWorkshop', { id: w.id, intro: 'Intro '.repeat(300) })
  }
  core.close()
  return dir
}

const poke = (file: string, offset: number, bytes: Buffer) => {
  const fd = openSync(file, 'r+')
  writeSync(fd, bytes, 0, bytes.length, offset)
  closeSync(fd)
}

/** A -wal full of committed frames from some other database, left behind as if that process crashed. */
function foreignWal(dir: string, kind: 'other-app' | 'other-roundtable'): string {
  const other = join(dir, 'other')
  rmSync(other, { recursive: true, force: true })
  const file = join(dir, 'other.sqlite')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('wal_autocheckpoint = 0')
  if (kind === 'other-app') db.exec("CREATE TABLE inbox (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO inbox (body) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) SELECT 'mail' FROM n")
  else db.exec("CREATE TABLE workshops (id TEXT PRIMARY KEY, title TEXT); INSERT INTO workshops VALUES ('a', 'Foreign')")
  const wal = `${file}-wal`
  copyFileSync(wal, join(dir, 'foreign.wal'))
  db.close()
  return join(dir, 'foreign.wal')
}

const variants: Record<string, (file: string, dir: string) => void> = {
  'zeroed header': (file) => poke(file, 0, Buffer.alloc(100)),
  'truncated file': (file) => truncateSync(file, Math.floor(readFileSync(file).length / 3) + 7),
  'random bytes in a page': (file) => poke(file, 4096 * 3 + 16, randomBytes(2000)),
  'WAL from another app': (file, dir) => copyFileSync(foreignWal(dir, 'other-app'), `${file}-wal`),
  'WAL from another Roundtable': (file, dir) => copyFileSync(foreignWal(dir, 'other-roundtable'), `${file}-wal`),
  '0-byte file': (file) => writeFileSync(file, ''),
  'newer schema': (file) => {
    const db = new Database(file)
    db.pragma('user_version = 999')
    db.close()
  },
  'not a database at all': (file) => writeFileSync(file, randomBytes(8192))
}

describe('opening a bad database', () => {
  for (const [name, damage] of Object.entries(variants)) {
    it(`${name}: no crash, recovery mode, the file and its -wal unchanged`, async () => {
      const dir = await healthyDataDir()
      const file = dataFileIn(dir)
      damage(file, dir)
      const before = { db: hash(file), wal: hash(`${file}-wal`), files: readdirSync(dir).sort() }
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
      expect({ db: hash(file), wal: hash(`${file}-wal`), files: readdirSync(dir).sort() }).toEqual(before)
    })
  }

  it('a healthy database with a leftover -wal of its own opens, with every save in it', async () => {
    const dir = tempDir()
    const file = dataFileIn(dir)
    const writer = startCore({ dataDir: dir, transport: 'test' })
    writer.db.pragma('wal_autocheckpoint = 0')
    await writer.run('createWorkshop', { title: 'Saved before the crash', date: '2026-10-23' })
    // Simulate a crash: keep the -wal and -shm as a dead process would leave them.
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
