import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/core/db/connection'
import { migrations } from '../../src/core/db/migrations'
import { insertNote } from '../../src/core/db/notes'
import { insertWorkshop } from '../../src/core/db/workshops'
import { workshopCreate } from '../../src/shared/domain/workshop'
import { spreadOut, spreadOutJs } from '../../src/core/db/migrations/011_search_short_words'
import { search } from '../../src/core/search/search'
import { type Asks, matchesQuery } from '../../src/core/search/statements'
import { freshCore, tempDir } from '../helpers/core'

/** The query plan of the page query that asks these indexes. */
const db_plan = (db: ReturnType<typeof openDatabase>, asks: Asks) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${matchesQuery(db, asks, 6).statement.source}`).all({ match: '"abc"', spread: '"a b"', above: 0n, ceiling: 1n }) as { detail: string }[])
    .map((p) => p.detail)
    .join(' | ')

/**
 * A data file at an older schema, with a workshop and notes written by that schema's
 * triggers, opened (and so migrated) by the app for `check`.
 */
function openedAt(version: number, notes: [id: string, text: string][], check: (db: ReturnType<typeof openDatabase>) => void): void {
  const file = join(tempDir(), `v${version}.sqlite`)
  const old = new Database(file)
  for (const step of migrations.filter((m) => m.version <= version)) {
    step.up(old)
    old.pragma(`user_version = ${step.version}`)
  }
  const workshop = insertWorkshop(old, workshopCreate.parse({ title: 'Green growth', date: '2021-06-24' }))
  for (const [id, text] of notes)
    insertNote(old, { workshopId: workshop.id, text, takenAt: new Date().toISOString(), agendaItemId: null, speakerId: null, cityId: null }, id)
  old.close()
  const db = openDatabase(file)
  try {
    check(db)
  } finally {
    db.close()
  }
}

const noteTexts = (result: ReturnType<typeof search>) =>
  (result.groups.find((g) => g.kind === 'note')?.hits ?? []).map((h) => h.snippet.map((p) => p.text).join('')).sort()

describe('short words (one or two characters)', () => {
  it('of two characters are found wherever they stand: alone, first, last, beside punctuation, in any case', async () => {
    const core = freshCore()
    const workshop = await core.run('createWorkshop', { title: '创新', date: '2026-10-23' })
    const city = await core.run('createCity', { name: "Xi'an", nativeName: '西安', group: 'china' })
    const texts = ['创新', '创新驱动发展', '我们讨论创新', '（创新）', 'EU and China', 'the eu', 'Eurostat', 'Éurope', '氢能 创 新', '创造新的']
    for (const text of texts) await core.run('createNote', { workshopId: workshop.id, text })

    expect(noteTexts(search(core.db, '创新'))).toEqual(['创新', '创新驱动发展', '我们讨论创新', '（创新）'].sort())
    expect(search(core.db, '创新').groups.map((g) => g.kind)).toEqual(['workshop', 'note'])
    expect(search(core.db, '西安').groups.map((g) => [g.kind, g.hits[0]?.title])).toEqual([['city', "Xi'an 西安"]])
    // Pairs come from the index, which folds case and accents (LIKE would miss Éurope); "eu"
    // inside a word counts, as for longer words.
    expect(noteTexts(search(core.db, 'EU'))).toEqual(['EU and China', 'Eurostat', 'Éurope', 'the eu'].sort())
    expect(noteTexts(search(core.db, 'eu china'))).toEqual(['EU and China'])
    expect(noteTexts(search(core.db, '新的'))).toEqual(['创造新的'])
    expect(search(core.db, '绿氢').groups).toEqual([])
    // Titles and snippets come back without the space the index adds after each column.
    const hit = search(core.db, '西安').groups[0]!.hits[0]!
    expect(hit.snippet.map((p) => p.text).join('')).toBe("Xi'an 西安")
    void city
  })

  it('of two characters give the same notes as a plain scan, for every pair in a random corpus', async () => {
    const core = freshCore()
    const workshop = await core.run('createWorkshop', { title: 'Corpus', date: '2026-10-23' })
    const alphabet = Array.from('创新氢能文旅教育产业ab')
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31)
    const texts = Array.from({ length: 120 }, () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''))
    for (const text of texts) await core.run('createNote', { workshopId: workshop.id, text })
    for (const a of alphabet.slice(0, 8)) {
      for (const b of alphabet.slice(0, 8)) {
        const pair = a + b
        const expected = texts.filter((t) => t.includes(pair)).sort()
        expect(noteTexts(search(core.db, pair, 500)), pair).toEqual(expected)
      }
    }
  })

  it('of one character come from the index too, folded like longer words', async () => {
    const core = freshCore()
    const workshop = await core.run('createWorkshop', { title: 'Corpus', date: '2026-10-23' })
    for (const text of ['鄂州', 'Élan', 'cafe', 'xyz', '🙂 thanks']) await core.run('createNote', { workshopId: workshop.id, text })
    expect(noteTexts(search(core.db, '鄂'))).toEqual(['鄂州'])
    expect(noteTexts(search(core.db, 'é'))).toEqual(['cafe', 'Élan'].sort())
    expect(noteTexts(search(core.db, 'É'))).toEqual(['cafe', 'Élan'].sort())
    expect(noteTexts(search(core.db, '🙂'))).toEqual(['🙂 thanks'])
    expect(noteTexts(search(core.db, 'y 鄂'))).toEqual([])
    // A term of combining marks alone asks for nothing.
    expect(search(core.db, '\u0301').groups).toEqual([])
    const plan = db_plan(core.db, { indexed: false, short: true })
    // Asked through the spread-out index (M: a MATCH), the text read by rowid (0:=): no scan.
    expect(plan).toMatch(/VIRTUAL TABLE INDEX \d+:M/)
    expect(plan.match(/VIRTUAL TABLE INDEX [^ |]+/g)!.every((index) => /:M|0:=/.test(index))).toBe(true)
  })

  it('are spread out the same way by the triggers (SQL) and by the migration (JS)', () => {
    const db = freshCore().db
    const inSql = db.prepare(`SELECT ${spreadOut('@text')}`).pluck()
    const asStored = db.prepare('SELECT ?').pluck()
    // The SQL halves a text into pieces of at most 64 characters: texts around and across that size too.
    const long = (n: number) => Array.from({ length: n }, (_, i) => '创新EU 🙂é'[i % 8]).join('')
    const texts = ['', 'a', '创新 EU', 'e\u0301u', 'Ọ̀yọ́', 'a\u0332b', '🙂x', 'tab\tnew\nline', '  ', 'Łódź', 'ends with spaces  ', 'stops\0 at NUL', 'lone \ud800 half']
    for (const text of [...texts, long(63), long(64), long(65), long(200), long(5000), long(200_000)]) {
      // The migration's JS reads the text back from SQLite (a lone surrogate comes back as U+FFFD).
      expect(inSql.get({ text }), JSON.stringify(text).slice(0, 40)).toBe(spreadOutJs(asStored.get(text) as string))
    }
    expect(inSql.get({ text: null })).toBe(spreadOutJs(null))
  })

  it('are found beside combining marks, in very long texts, and with a rarer word leading', async () => {
    const core = freshCore()
    const workshop = await core.run('createWorkshop', { title: 'Corpus', date: '2026-10-23' })
    const long = `${'长'.repeat(199_990)} 鄂州`
    for (const text of ['E\u0301urope, decomposed', 'Ọ̀yọ́ town', long, 'cooperation with 鄂州', 'cooperation alone']) await core.run('createNote', { workshopId: workshop.id, text })
    // FTS5 drops these marks; spread out, they would have left two spaces between e and u.
    expect(noteTexts(search(core.db, 'eu'))).toEqual(['E\u0301urope, decomposed'])
    expect(noteTexts(search(core.db, 'oy'))).toEqual(['Ọ̀yọ́ town'])
    // The most a field holds, spread out by the trigger and found by its last word.
    expect(search(core.db, '州').groups[0]!.hits).toHaveLength(2)
    // A common word with a rare or absent short one: the short one leads (same answers).
    expect(noteTexts(search(core.db, 'cooperation 鄂'))).toEqual(['cooperation with 鄂州'])
    expect(search(core.db, 'cooperation zq').groups).toEqual([])
    // NUL separates terms (inside an FTS5 string it would end the query early).
    expect(noteTexts(search(core.db, 'cooperation\0鄂'))).toEqual(['cooperation with 鄂州'])
    expect(search(core.db, '\0').groups).toEqual([])
  })

  it('are found after a NUL that came in with a pasted or imported text: the NUL is not kept', async () => {
    const core = freshCore()
    const workshop = await core.run('createWorkshop', { title: 'Pasted\0 title', date: '2026-10-23' })
    const note = await core.run('createNote', { workshopId: workshop.id, text: 'before\0 after: 创新 and EU' })
    expect(note.text).toBe('before after: 创新 and EU')
    expect(workshop.title).toBe('Pasted title')
    // SQLite's text functions stop at a NUL: a kept one would have hidden these short words.
    expect(noteTexts(search(core.db, '创新'))).toEqual(['before after: 创新 and EU'])
    expect(noteTexts(search(core.db, 'eu'))).toEqual(['before after: 创新 and EU'])
    const city = await core.run('createCity', { name: 'Wuhan\0', group: 'china' })
    await core.run('addWorkshopCity', { workshopId: workshop.id, cityId: city.id })
    const item = await core.run('createCaseStudyItem', { workshopId: workshop.id, cityId: city.id, kind: 'quote', text: 'Said\0 so', attribution: '\0Mayor' })
    expect([city.name, item.text, item.attribution]).toEqual(['Wuhan', 'Said so', 'Mayor'])
  })

  it('work in a database written before the index ended its columns with a space', () => {
    openedAt(9, [
      ['n0', '氢能 first, older'],
      ['n1', '大力发展氢能']
    ], (db) => {
      expect(db.prepare('SELECT body FROM search_index WHERE rowid = (SELECT rowid FROM search_refs WHERE ref_id = ?)').pluck().get('n1')).toBe('大力发展氢能 ')
      const newestFirst = () => search(db, '氢能').groups[0]!.hits.map((h) => h.id)
      expect(newestFirst()).toEqual(['n1', 'n0'])
      // The rebuilt triggers keep adding the space, and give the newest row the lowest rowid.
      db.prepare("UPDATE notes SET text = '氢能' WHERE id = 'n0'").run()
      expect(newestFirst()).toEqual(['n0', 'n1'])
      expect(noteTexts(search(db, '氢能'))).toEqual(['大力发展氢能', '氢能'])
      const rowids = db.prepare("SELECT rowid FROM search_refs WHERE kind = 'note' ORDER BY rowid").pluck().all() as number[]
      expect(rowids).toEqual([2 ** 40 * 4 - 3, 2 ** 40 * 4 - 2])
      expect(() => db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run()).not.toThrow()
    })
  })

  it('work in a database written with the vocabulary of version 10', () => {
    openedAt(10, [
      ['n0', '鄂州 EU'],
      ['n1', '创新驱动']
    ], (db) => {
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'search_%' AND type = 'table'").pluck().all()
      expect(tables).not.toContain('search_vocab')
      expect(db.prepare('SELECT rowid FROM search_spread ORDER BY rowid').pluck().all()).toEqual(db.prepare('SELECT rowid FROM search_refs ORDER BY rowid').pluck().all())
      expect(noteTexts(search(db, '鄂'))).toEqual(['鄂州 EU'])
      expect(noteTexts(search(db, 'eu'))).toEqual(['鄂州 EU'])
      expect(search(db, '创新').groups.map((g) => g.hits.map((h) => h.id))).toEqual([['n1']])
      // The triggers keep it in step from then on.
      db.prepare("UPDATE notes SET text = '新的创新' WHERE id = 'n0'").run()
      db.prepare("DELETE FROM notes WHERE id = 'n1'").run()
      expect(search(db, '鄂').groups).toEqual([])
      expect(noteTexts(search(db, '创新'))).toEqual(['新的创新'])
      expect(search(db, '驱').groups).toEqual([])
    })
  })
})
