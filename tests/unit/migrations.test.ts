import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/core/db/connection'
import { latestVersion, migrate, migrations, schemaVersion } from '../../src/core/db/migrations'
import { tempDir } from '../helpers/core'

describe('migrations', () => {
  it('are numbered strictly increasing', () => {
    migrations.forEach((m, i) => expect(m.version).toBeGreaterThan(i === 0 ? 0 : migrations[i - 1]!.version))
  })

  it('apply one by one to an empty database, each leaving a consistent schema', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    for (const step of migrations) {
      db.transaction(() => {
        step.up(db)
        db.pragma(`user_version = ${step.version}`)
      })()
      expect(db.pragma('foreign_key_check')).toEqual([])
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    }
    expect(schemaVersion(db)).toBe(latestVersion())
    // FTS5 keeps its index in shadow tables it creates itself (name_data, name_idx, …): not ours to make STRICT.
    const strict = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND NOT EXISTS (SELECT 1 FROM sqlite_schema v WHERE v.sql LIKE 'CREATE VIRTUAL%' AND sqlite_schema.name LIKE v.name || '!_%' ESCAPE '!')").all() as { name: string; sql: string }[]
    for (const table of strict) expect(table.sql, table.name).toMatch(/STRICT(,\s*WITHOUT ROWID)?\s*$/)
  })

  it('open a new file with WAL, full sync and foreign keys', () => {
    const db = openDatabase(join(tempDir(), 'a.sqlite'), { create: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('refuse a database written by a newer app and leave the file byte-identical', () => {
    const file = join(tempDir(), 'future.sqlite')
    const future = new Database(file)
    future.exec('CREATE TABLE x (a INTEGER) STRICT')
    future.pragma(`user_version = ${latestVersion() + 5}`)
    future.close()
    const before = createHash('sha256').update(readFileSync(file)).digest('hex')
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'db_newer_than_app' }))
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before)
  })

  it('refuse a file that is not a database without changing it', () => {
    const file = join(tempDir(), 'junk.sqlite')
    writeFileSync(file, Buffer.alloc(8192, 7))
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'db_unreadable' }))
    expect(readFileSync(file).equals(Buffer.alloc(8192, 7))).toBe(true)
  })

  it('roll back every pending step when one fails', () => {
    const db = new Database(':memory:')
    const failing = [...migrations, { version: latestVersion() + 1, name: 'broken', up: () => { throw new Error('boom') } }]
    migrations.push(failing.at(-1)!)
    try {
      expect(() => migrate(db)).toThrow('boom')
      expect(schemaVersion(db)).toBe(0)
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(0)
    } finally {
      migrations.pop()
    }
  })
})
