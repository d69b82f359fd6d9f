import Database from 'better-sqlite3'
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, truncateSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCore } from '../../src/core/app'

/** Ways a data file goes bad in the wild; each must leave the file untouched and show the recovery screen. */
export const hashOf = (file: string) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'absent')

/** A real data file with enough rows to span many pages, closed cleanly, and one backup of it. */
export async function healthyDataDir(options: { backup?: boolean; language?: 'en' | 'zh' } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-damage-'))
  const core = startCore({ dataDir: dir, transport: 'test' })
  for (let i = 0; i < 40; i++) {
    const w = await core.run('createWorkshop', { title: `Workshop ${i} ${'x'.repeat(250)}`, date: '2026-10-23' })
    await core.run('updateWorkshop', { id: w.id, intro: 'Intro '.repeat(300) })
  }
  if (options.language) await core.run('updatePreferences', { language: options.language })
  if (options.backup) await core.run('backupNow', {})
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
  const file = join(dir, `other-${kind}.sqlite`)
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('wal_autocheckpoint = 0')
  if (kind === 'other-app') {
    db.exec("CREATE TABLE inbox (id INTEGER PRIMARY KEY, body TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) INSERT INTO inbox (body) SELECT 'mail' FROM n")
  } else {
    db.exec("CREATE TABLE workshops (id TEXT PRIMARY KEY, title TEXT); INSERT INTO workshops VALUES ('a', 'Foreign')")
  }
  copyFileSync(`${file}-wal`, join(dir, `${kind}.wal`))
  db.close()
  return join(dir, `${kind}.wal`)
}

export const damages: Record<string, (file: string, dir: string) => void> = {
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
