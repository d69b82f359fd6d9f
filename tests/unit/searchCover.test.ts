import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { isPlainForIndex } from '../../src/core/search/cover'

/**
 * A covered word's row "lacks" the word when its text is plain for the index and holds no ASCII
 * stretch equal to the word but for case. That holds only if FTS5 folds no plain character into
 * ASCII and drops none: asked here of FTS5 itself, one row per character.
 */
describe('text plain for the index', () => {
  it('holds no character that FTS5 folds into ASCII or drops', () => {
    const db = new Database(':memory:')
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'trigram remove_diacritics 1');
             CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`)
    // Every BMP character but the surrogates, and every 97th one beyond (FTS5's folding leaves
    // those alone but for Deseret, which is in the sample).
    const codes = [...new Set([...range(0x01, 0xd7ff), ...range(0xe000, 0xffff), ...range(0x10000, 0x10ffff).filter((c) => c % 97 === 0), ...range(0x10400, 0x1044f)])]
    const plain = codes.filter((code) => isPlainForIndex(String.fromCodePoint(code)))
    const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)')
    db.transaction(() => plain.forEach((code) => insert.run(code, `#${String.fromCodePoint(code)}#`)))()
    // Each row's one trigram: '#', the character as FTS5 folded it, '#' (none when dropped).
    const folded = new Map((db.prepare('SELECT doc, term FROM v').all() as { doc: number; term: string }[]).map((r) => [r.doc, Array.from(r.term)[1]!]))
    const wrong = plain.filter((code) => {
      const into = folded.get(code)
      if (into === undefined) return true
      const isAscii = into.codePointAt(0)! < 0x80
      return code < 0x80 ? into !== String.fromCodePoint(code).toLowerCase() : isAscii
    })
    expect(plain.length).toBeGreaterThan(45_000)
    expect(wrong.map((code) => code.toString(16))).toEqual([])
    // And the check is not vacuous: accented letters, marks, letters FTS5 folds into ASCII and NUL are not plain.
    expect(['é', 'Ł', '\u0301', '\u212a', 'ſ', '\0'].filter(isPlainForIndex)).toEqual([])
  })
})

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}
