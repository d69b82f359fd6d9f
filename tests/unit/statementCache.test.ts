import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/core/db/connection'

/** A connection as the app opens it (schema migrated, statements reused). */
const appDb = () => openDatabase(':memory:')

describe('statements compiled once per connection', () => {
  it('hands out the same statement for the same SQL, and a new one for other SQL', () => {
    const db = appDb()
    const first = db.prepare('SELECT count(*) AS n FROM workshops')
    expect(db.prepare('SELECT count(*) AS n FROM workshops')).toBe(first)
    expect(db.prepare('SELECT count(*) AS n FROM cities')).not.toBe(first)
  })

  it('returns rows again after a caller asked the same statement for single values, arrays or big integers', () => {
    const db = appDb()
    expect(db.prepare('SELECT 7 AS seven').pluck().get()).toBe(7)
    expect(db.prepare('SELECT 7 AS seven').get()).toEqual({ seven: 7 })
    expect(db.prepare('SELECT 7 AS seven').raw().get()).toEqual([7])
    expect(db.prepare('SELECT 7 AS seven').get()).toEqual({ seven: 7 })
    expect(db.prepare('SELECT 7 AS seven').safeIntegers().get()).toEqual({ seven: 7n })
    expect(db.prepare('SELECT 7 AS seven').get()).toEqual({ seven: 7 })
  })

  it('never shares a statement that is still being iterated', () => {
    const db = appDb()
    db.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3)")
    const seen: number[] = []
    for (const row of db.prepare('SELECT x FROM t ORDER BY x').iterate() as Iterable<{ x: number }>) {
      // Without the busy check this would throw "This statement is busy executing a query".
      seen.push(row.x, (db.prepare('SELECT x FROM t ORDER BY x').all() as { x: number }[]).length)
    }
    expect(seen).toEqual([1, 3, 2, 3, 3, 3])
  })

  it('keeps a bounded number of statements: SQL built per call does not grow it for ever', () => {
    const db = appDb()
    const first = db.prepare('SELECT 0')
    for (let i = 1; i <= 600; i++) db.prepare(`SELECT ${i}`)
    expect(db.prepare('SELECT 0')).not.toBe(first)
    expect(db.prepare('SELECT 600')).toBe(db.prepare('SELECT 600'))
  })

  it('follows schema changes: a reused statement sees a column added after it was compiled', () => {
    const db = appDb()
    db.exec('CREATE TABLE u (a INTEGER); INSERT INTO u VALUES (1)')
    expect(db.prepare('SELECT * FROM u').get()).toEqual({ a: 1 })
    db.exec('ALTER TABLE u ADD COLUMN b INTEGER DEFAULT 2')
    expect(db.prepare('SELECT * FROM u').get()).toEqual({ a: 1, b: 2 })
  })
})
