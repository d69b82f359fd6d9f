import Database from 'better-sqlite3'
import { describe, expect, it, vi } from 'vitest'
import { startCore } from '../../src/core/app'
import { coverOf, coverVerdict, isCoverable, wordTest } from '../../src/core/search/cover'
import { matchExpression } from '../../src/core/search/query'
import { search } from '../../src/core/search/search'
import { searchKinds, type SearchKind } from '../../src/shared/domain/search'
import { keepSearchIndexTidy, searchIndexSegments } from '../../src/core/search/upkeep'
import { freshCore, tempDir } from '../helpers/core'

const noteTexts = (result: ReturnType<typeof search>) =>
  (result.groups.find((g) => g.kind === 'note')?.hits ?? []).map((h) => h.snippet.map((p) => p.text).join('')).sort()

async function workshopWithNotes(texts: string[]) {
  const core = freshCore()
  const workshop = await core.run('createWorkshop', { title: 'Review', date: '2026-10-23' })
  for (const text of texts) await core.run('createNote', { workshopId: workshop.id, text })
  return core
}

describe('search edge cases', () => {
  it('finds a common two-letter word the same way as a rare one: accents folded', async () => {
    // "eu" followed by more than 200 different characters (a Chinese corpus mentioning the EU):
    // too many trigrams to ask the index for, yet Éurope still contains "eu".
    const many = Array.from({ length: 210 }, (_, i) => `EU${String.fromCodePoint(0x4e00 + i)}`)
    const core = await workshopWithNotes([...many, 'Éurope', 'Ëu-China'])
    const texts = noteTexts(search(core.db, 'eu', 500))
    expect(texts).toHaveLength(212)
    expect(texts).toEqual(expect.arrayContaining(['Éurope', 'Ëu-China']))
    // Together with another term, too.
    expect(noteTexts(search(core.db, 'eu china'))).toEqual(['Ëu-China'])
  })

  it('finds a word whose combining marks leave fewer than three letters to the index', async () => {
    // Yoruba: ẹ̀ has no precomposed form, so kẹ̀ is three code points but two letters once the
    // index drops the grave accent.
    const core = await workshopWithNotes(['Ó kẹ̀kẹ́ ni', 'Ọ̀rọ̀ àgbà'])
    expect(noteTexts(search(core.db, 'kẹ̀'))).toEqual(['Ó kẹ̀kẹ́ ni'])
    expect(noteTexts(search(core.db, 'Ọ̀rọ̀'))).toEqual(['Ọ̀rọ̀ àgbà'])
  })
})

describe('search upkeep and connections', () => {
  it('keeps merging the right file across a restore, and searches the restored one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const core = startCore({ dataDir: tempDir(), transport: 'browser' })
    try {
      const workshop = await core.run('createWorkshop', { title: 'Restore', date: '2026-10-23' })
      const pad = (i: number) => Array.from({ length: 300 }, (_, j) => `${i * 300 + j}`).join(' ')
      for (let i = 0; i < 20; i++) await core.run('createNote', { workshopId: workshop.id, text: `before ${i} ${pad(i)}` })
      const backup = await core.run('backupNow', {})
      for (let i = 0; i < 20; i++) await core.run('createNote', { workshopId: workshop.id, text: `after ${i} ${pad(i)}` })
      const count = async (q: string) => ((await core.run('search', { query: q, perKind: 500 })).groups[0]?.hits.length ?? 0)
      expect([await count('before'), await count('after')]).toEqual([20, 20])
      const old = core.db
      {
        // Idle: the upkeep starts merging, a step at a time.
        const changes = () => old.prepare('SELECT total_changes()').pluck().get() as number
        const before = changes()
        vi.advanceTimersByTime(3000)
        vi.advanceTimersByTime(0)
        expect(changes()).toBeGreaterThan(before)
        await core.run('restoreDatabase', { backupId: backup.id })
        expect(core.db).not.toBe(old)
        expect(old.open).toBe(false)
        vi.runAllTimers()
        expect(searchIndexSegments(core.db)).toBe(1)
      }
      expect([await count('before'), await count('after')]).toEqual([20, 0])
      expect(await count('EU')).toBe(0)
      expect(() => core.db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run()).not.toThrow()
    } finally {
      core.close()
      vi.useRealTimers()
    }
  })

  it('survives its statements being recompiled after a schema change on the same connection', async () => {
    const core = await workshopWithNotes(['EU and China', 'Vocational training'])
    expect(noteTexts(search(core.db, 'eu'))).toEqual(['EU and China'])
    expect(noteTexts(search(core.db, 'training'))).toEqual(['Vocational training'])
    core.db.exec('CREATE TABLE unrelated (a INTEGER) STRICT; CREATE INDEX unrelated_a ON unrelated (a)')
    expect(noteTexts(search(core.db, 'eu'))).toEqual(['EU and China'])
    expect(noteTexts(search(core.db, 'training'))).toEqual(['Vocational training'])
  })
})

describe('search in scripts written with marks', () => {
  it('still asks the index for words whose marks it keeps (Hindi, Thai)', async () => {
    const core = await workshopWithNotes(['हिंदी भाषा', 'ภาษาไทย ที่นี่'])
    expect(noteTexts(search(core.db, 'हिंदी'))).toEqual(['हिंदी भाषा'])
    expect(noteTexts(search(core.db, 'ที่'))).toEqual(['ภาษาไทย ที่นี่'])
  })
})

describe('search pages', () => {
  it('says `more` exactly when a kind has more hits than the page, and keeps newest first across pages', async () => {
    const core = freshCore()
    const workshop = await core.run('createWorkshop', { title: 'Pages', date: '2026-10-23' })
    const ids: string[] = []
    for (let i = 0; i < 61; i++) ids.push((await core.run('createNote', { workshopId: workshop.id, text: `harbour ${i}` })).id)
    const city = await core.run('createCity', { name: 'Harbourtown', nativeName: '', group: 'europe' })
    // An edit makes a note the newest.
    await core.run('updateNote', { id: ids[3]!, text: 'harbour three, edited' })
    const newestFirst = [ids[3]!, ...ids.filter((id) => id !== ids[3]).reverse()]
    for (const perKind of [1, 59, 60, 61, 62]) {
      const result = search(core.db, 'harbour', perKind)
      expect(result.groups.map((g) => [g.kind, g.hits.length, g.more]), `perKind ${perKind}`).toEqual([
        ['note', Math.min(perKind, 61), perKind < 61],
        ['city', 1, false]
      ])
      expect(result.groups[0]!.hits.map((h) => h.id)).toEqual(newestFirst.slice(0, perKind))
      expect(search(core.db, 'harbour', perKind, ['note', 'note', 'city', 'note']).groups.map((g) => [g.kind, g.hits.length, g.more])).toEqual(
        result.groups.map((g) => [g.kind, g.hits.length, g.more])
      )
    }
    void city
  })
})

describe('search upkeep beside another writer', () => {
  it('does not hold up the app waiting for a write lock another process keeps', async () => {
    const core = freshCore()
    const workshop = await core.run('createWorkshop', { title: 'Busy', date: '2026-10-23' })
    for (let i = 0; i < 10; i++) await core.run('createNote', { workshopId: workshop.id, text: `note ${i}` })
    expect(searchIndexSegments(core.db)).toBeGreaterThan(1)
    // The CLI importing into the same file, say.
    const other = new Database(core.dataFile)
    other.exec('BEGIN IMMEDIATE')
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const upkeep = keepSearchIndexTidy(() => core.db, { idleMs: 10 })
    try {
      const started = performance.now()
      vi.advanceTimersByTime(10)
      // The app's main thread runs this: it must give up at once and try again later.
      expect(performance.now() - started).toBeLessThan(1000)
      other.exec('COMMIT')
      vi.advanceTimersByTime(10)
      vi.runAllTimers()
      expect(searchIndexSegments(core.db)).toBe(1)
      // And the connection still waits for locks as before in everything else.
      expect(core.db.pragma('busy_timeout', { simple: true })).toBe(5000)
    } finally {
      upkeep.stop()
      vi.useRealTimers()
      other.close()
    }
  })
})

describe('search of longer words by their cover of trigrams', () => {
  it('covers printable ASCII words of six characters or more with up to three of their trigrams', () => {
    // Up to three trigrams tile the word; past that, the first, the middle and the last one.
    expect(coverOf('vocatio')).toEqual(['voc', 'ati', 'tio'])
    expect(coverOf('skills')).toEqual(['ski', 'lls'])
    expect(coverOf('vocational')).toEqual(['voc', 'ati', 'nal'])
    expect(coverOf('apprenticeship')).toEqual(['app', 'nti', 'hip'])
    expect(coverOf('abcabc')).toEqual(['abc'])
    expect(matchExpression(['apprenticeship', 'paris'], ['apprenticeship'])).toBe('"app" AND "nti" AND "hip" AND "paris"')
    expect(matchExpression(['ab"cdef'], ['ab"cdef'])).toBe('"ab""" AND "cde" AND "def"')
    expect(['apprenticeship', 'ab"cdef', 'Zollverein', 'paris-2026'].filter(isCoverable)).toHaveLength(4)
    expect(['paris', 'Łódź-Łódź', 'kẹ̀ndo12', 'ελληνικα', '职业教育培训中心'].filter(isCoverable)).toEqual([])
    // A covered word is found in ASCII only, whatever else the text holds.
    const kelvin = wordTest('kelvin')
    expect(['KELVIN', 'İzmir kelvin', 'Kelvin ﬁne'].map((text) => kelvin.test(text))).toEqual([true, true, true])
    expect(['\u212Aelvin', 'kel vin', 'kelvi'].map((text) => kelvin.test(text))).toEqual([false, false, false])
    expect(wordTest('a+b.c(d)').test('x A+B.C(D) y')).toBe(true)
    expect(wordTest('a+b.c(d)').test('aab-c(d)')).toBe(false)
  })

  it('finds only rows holding the word, when newer rows hold every trigram of its cover apart', async () => {
    // The decoys are newer, so the cover finds them first; the words are what must match.
    const decoys = ['happy anti-ship', 'ship, anti, happy 合作', 'Happen, rent, tick, fresh, ship']
    const core = await workshopWithNotes(['An apprenticeship in Lyon', 'apprenticeship scheme', ...decoys])
    expect(noteTexts(search(core.db, 'apprenticeship'))).toEqual(['An apprenticeship in Lyon', 'apprenticeship scheme'])
    expect(noteTexts(search(core.db, 'APPRENTICESHIP lyon'))).toEqual(['An apprenticeship in Lyon'])
    // One hit a page: the walk goes on past the decoys it passes over, and still says `more`.
    const first = search(core.db, 'apprenticeship', 1).groups
    expect(first.map((g) => [g.kind, g.hits.map((h) => h.snippet.map((p) => p.text).join('')), g.more])).toEqual([['note', ['apprenticeship scheme'], true]])
    const decoysOnly = await workshopWithNotes(decoys)
    expect(search(decoysOnly.db, 'apprenticeship').groups).toEqual([])
    // More decoys than the cover passes over before it asks the exact phrase: the same hits.
    const crowded = await workshopWithNotes(['An apprenticeship in Lyon', 'apprenticeship scheme', ...Array.from({ length: 80 }, (_, i) => `${decoys[i % 2]} ${i}`)])
    expect(noteTexts(search(crowded.db, 'apprenticeship'))).toEqual(['An apprenticeship in Lyon', 'apprenticeship scheme'])
    expect(search(crowded.db, 'apprenticeship', 1).groups.map((g) => [g.hits.length, g.more])).toEqual([[1, true]])
  })

  it('asks the exact phrase for every kind asked, once a row of one kind may hold the word', async () => {
    // FTS5 folds é into e: the phrase finds the first note, which the cover's check cannot tell.
    const core = await workshopWithNotes(['apprenticéship', 'apprenticeship'])
    await core.run('createCity', { name: 'happy anti-ship', nativeName: '', group: 'europe', notes: '' })
    const byKind = (perKind: number, kinds: SearchKind[]) =>
      search(core.db, 'apprenticeship', perKind, kinds).groups.map((g) => [g.kind, g.hits.map((h) => h.title || h.snippet.map((p) => p.text).join('')), g.more])
    for (const kinds of [['note', 'city'], ['city', 'note'], ['note'], [...searchKinds]] as SearchKind[][]) {
      expect(byKind(50, kinds), kinds.join()).toEqual([['note', ['apprenticeship', 'apprenticéship'], false]])
      expect(byKind(1, kinds), kinds.join()).toEqual([['note', ['apprenticeship'], true]])
    }
  })

  it('tells rows that lack a covered word from rows the index may fold into it', () => {
    const verdict = coverVerdict(['apprenticeship', 'Lyon-2'])
    expect(verdict(['Lyon-2', 'an APPRENTICESHIP'])).toBe('holds')
    // ASCII, CJK, kana, Hangul, fullwidth punctuation and emoji: the index spells the word in ASCII or not at all.
    expect(verdict(['Lyon-2', 'happy anti-ship 合作，カタ 한국 😀 “quoted”'])).toBe('lacks')
    // Accented letters and marks may fold into the word, and FTS5 drops NUL: only the index can tell.
    for (const text of ['apprenticéship', 'appren\u0301ticeship', 'appren\0ticeship', 'Łódź']) expect(verdict(['Lyon-2', text])).toBe('unsure')
  })

  it('asks shorter words beside a covered one exactly', async () => {
    const core = await workshopWithNotes(['Cooperation with a partner from Morris county', 'Cooperation in Paris'])
    expect(noteTexts(search(core.db, 'cooperation paris'))).toEqual(['Cooperation in Paris'])
  })

  it('gives the exact phrase\'s hits and `more`, whatever other rows, letters and marks the index folds its own way', async () => {
    const texts = [
      'abc\u0305defghi',
      'abc def ghi',
      'abcdefghi one',
      'abcdefghi two',
      'İSTANBUL cooperation',
      'Istanbul',
      'ISTANBUL-STANBUL',
      '\u212Aelvin scale',
      'kelvin scale',
      'Kelvin',
      'ＫＥＬＶＩＮ',
      'Ελληνικά ΚΑΙ ΠΟΛΙΤΙΚΑ ΝΕΑ',
      '가나다라마박 라마바'
    ]
    const queries: [string, string][] = [
      ['abcdefghi', '"abcdefghi"'],
      ['istanbul', '"istanbul"'],
      ['kelvin', '"kelvin"'],
      ['KELVIN scale', '"KELVIN" AND "scale"'],
      ['ελληνικα', '"ελληνικα"'],
      ['가나다라마바', '"가나다라마바"'],
      ['cooperation istanbul', '"cooperation" AND "istanbul"']
    ]
    // Every text alone beside a plain match (nothing else to send the search back to the
    // exact phrase), and all of them together.
    for (const notes of [...texts.map((text) => [text, 'abcdefghi kelvin istanbul scale']), texts]) {
      const core = await workshopWithNotes(notes)
      const exact = core.db.prepare(
        `SELECT r.ref_id FROM search_index i JOIN search_refs r ON r.rowid = i.rowid WHERE search_index MATCH ? AND r.kind = 'note' ORDER BY i.rowid`
      ).pluck()
      for (const [query, phrase] of queries) {
        const expected = exact.all(phrase) as string[]
        for (const perKind of [1, 2, 50]) {
          const group = search(core.db, query, perKind).groups.find((g) => g.kind === 'note')
          expect({ ids: group?.hits.map((h) => h.id) ?? [], more: group?.more ?? false }, `${notes.join(' | ')}: ${query}, ${perKind} per kind`).toEqual({
            ids: expected.slice(0, perKind),
            more: expected.length > perKind
          })
        }
      }
    }
  })

  it('finds every kind and says `more` as the exact phrase does', async () => {
    const core = await workshopWithNotes(Array.from({ length: 8 }, (_, i) => `Cooperation note ${i}`))
    await core.run('createCity', { name: 'Coopération', nativeName: '', group: 'europe', notes: 'harbour' })
    await core.run('createSpeaker', { name: 'Ana Coopera' })
    const exact = core.db
      .prepare(`SELECT r.kind, count(*) AS n FROM search_index i JOIN search_refs r ON r.rowid = i.rowid WHERE search_index MATCH '"cooperation"' GROUP BY r.kind`)
      .all() as { kind: SearchKind; n: number }[]
    const expected = searchKinds.flatMap((kind) => exact.filter((e) => e.kind === kind).map((e) => `${kind}:${Math.min(e.n, 5)}${e.n > 5 ? '+' : ''}`))
    expect(expected).toEqual(['note:5+', 'city:1'])
    expect(search(core.db, 'cooperation', 5).groups.map((g) => `${g.kind}:${g.hits.length}${g.more ? '+' : ''}`)).toEqual(expected)
  })
})
