import { describe, expect, it } from 'vitest'
import { search } from '../../src/core/search/search'
import { foldTerms, snippetOf } from '../../src/core/search/snippet'
import type { SearchResult } from '../../src/shared/domain/search'
import { freshCore, snapshot } from '../helpers/core'

const found = (result: SearchResult) => result.groups.flatMap((g) => g.hits.map((h) => `${h.kind}:${h.snippet.map((p) => p.text).join('')}`))
const highlighted = (result: SearchResult) => result.groups.flatMap((g) => g.hits.flatMap((h) => h.snippet.filter((p) => p.hit).map((p) => p.text)))
const indexRows = (core: ReturnType<typeof freshCore>) => core.db.prepare('SELECT count(*) FROM search_index').pluck().get()
/** The rowids of the spread-out index (short words): always those of search_refs. */
const spreadRowids = (core: ReturnType<typeof freshCore>) => core.db.prepare('SELECT rowid FROM search_spread ORDER BY rowid').pluck().all()
const refRowids = (core: ReturnType<typeof freshCore>) => core.db.prepare('SELECT rowid FROM search_refs ORDER BY rowid').pluck().all()

async function seeded() {
  const core = freshCore()
  const workshop = await core.run('createWorkshop', { title: 'New skills agenda', date: '2026-10-23', intro: '职业教育与创新' })
  const city = await core.run('createCity', { name: 'Liège', nativeName: '', group: 'europe', notes: 'Café culture' })
  await core.run('addWorkshopCity', { workshopId: workshop.id, cityId: city.id })
  return { core, workshop, city }
}

describe('search', () => {
  it('keeps the index in step with every write: create, edit, delete, cascade', async () => {
    const { core, workshop, city } = await seeded()
    const note = await core.run('createNote', { workshopId: workshop.id, text: 'Vocational training for tourism', cityId: city.id })
    expect(found(search(core.db, 'tourism'))).toEqual(['note:Vocational training for tourism'])

    expect(found(search(core.db, 'fo'))).toEqual(['note:Vocational training for tourism'])

    await core.run('updateNote', { id: note.id, text: 'Vocational training for robotics' })
    expect(found(search(core.db, 'tourism'))).toEqual([])
    expect(found(search(core.db, 'sm'))).toEqual([])
    expect(found(search(core.db, 'ob'))).toEqual(['note:Vocational training for robotics'])
    expect(found(search(core.db, 'robotics'))).toEqual(['note:Vocational training for robotics'])

    await core.run('markNote', { id: note.id, kind: 'quote' })
    expect(search(core.db, 'robotics').groups.map((g) => g.kind)).toEqual(['note', 'quote'])

    await core.run('deleteNote', { id: note.id })
    expect(found(search(core.db, 'robotics'))).toEqual([])

    await core.run('createNote', { workshopId: workshop.id, text: 'Digital twins', cityId: city.id, kind: 'action' })
    await core.run('createAgendaItem', { workshopId: workshop.id, title: 'Digital twins panel' })
    const before = indexRows(core)
    await core.run('deleteWorkshop', { id: workshop.id })
    expect(found(search(core.db, 'digital'))).toEqual([])
    // Only the city is left in the index.
    expect(indexRows(core)).toBeLessThan(before as number)
    expect(core.db.prepare('SELECT kind FROM search_refs').pluck().all()).toEqual(['city'])
    expect(indexRows(core)).toBe(1)
    expect(spreadRowids(core)).toEqual(refRowids(core))
  })

  it('follows every other source through create, edit and delete', async () => {
    const { core, workshop, city } = await seeded()
    const kinds = (q: string) => search(core.db, q).groups.map((g) => g.kind)
    const speaker = await core.run('createSpeaker', { name: 'Floriske Quixotic' })
    const item = await core.run('createAgendaItem', { workshopId: workshop.id, title: 'Quixotic panel' })
    const entry = await core.run('createCaseStudyItem', { workshopId: workshop.id, cityId: city.id, kind: 'practice', text: 'Quixotic garden' })
    const action = await core.run('createActionItem', { workshopId: workshop.id, text: 'Quixotic follow-up' })
    await core.run('updateWorkshop', { id: workshop.id, subtitle: 'A quixotic webinar' })
    await core.run('updateCity', { id: city.id, notes: 'Quixotic harbour' })
    expect(kinds('quixotic')).toEqual(['workshop', 'agenda_item', 'case_study', 'action_item', 'city', 'speaker'])
    // The spread-out index (short words) follows every write too.
    expect(kinds('xo')).toEqual(kinds('quixotic'))

    await core.run('updateSpeaker', { id: speaker.id, name: 'Floriske Deutman' })
    await core.run('updateAgendaItem', { id: item.id, title: 'Welcome' })
    await core.run('updateCaseStudyItem', { id: entry.id, kind: 'quote' })
    await core.run('updateActionItem', { id: action.id, text: 'Send slides' })
    expect(kinds('quixotic')).toEqual(['workshop', 'quote', 'city'])
    // The spread-out index (short words) follows every write too.
    expect(kinds('xo')).toEqual(kinds('quixotic'))

    await core.run('deleteCaseStudyItem', { id: entry.id })
    await core.run('deleteCity', { id: city.id })
    await core.run('updateWorkshop', { id: workshop.id, subtitle: '' })
    expect(kinds('quixotic')).toEqual([])
    // The spread-out index (short words) follows every write too.
    expect(kinds('xo')).toEqual(kinds('quixotic'))
    await core.run('deleteSpeaker', { id: speaker.id })
    await core.run('deleteAgendaItem', { id: item.id })
    await core.run('deleteActionItem', { id: action.id })
    // The index holds exactly one row per searchable record left (the workshop).
    expect(core.db.prepare('SELECT kind FROM search_refs').pluck().all()).toEqual(['workshop'])
    expect(indexRows(core)).toBe(1)
  })

  it('leaves the index unchanged when a write is rolled back', async () => {
    const { core, workshop } = await seeded()
    const note = await core.run('createNote', { workshopId: workshop.id, text: 'Unlinked thought' })
    const indexes = () => JSON.stringify([core.db.prepare('SELECT rowid, * FROM search_index').all(), spreadRowids(core)])
    const before = snapshot(core) + indexes()
    // Marking as a quote needs a city: the note's text change inside the same call is rolled back.
    const refused = await core.call('createNote', { workshopId: workshop.id, text: 'Rolled back words', kind: 'quote' })
    expect(refused.ok).toBe(false)
    expect(await core.call('markNote', { id: note.id, kind: 'practice' })).toMatchObject({ ok: false })
    expect(snapshot(core) + indexes()).toBe(before)
    expect(found(search(core.db, 'rolled'))).toEqual([])
    expect(found(search(core.db, 'ck'))).toEqual([])
  })

  it('finds Chinese words of two and four characters, accented and mixed queries', async () => {
    const { core, workshop, city } = await seeded()
    await core.run('createNote', { workshopId: workshop.id, text: '杭州分享了跨境电商人才培养的创新实践 with multi-level training', cityId: city.id })
    expect(search(core.db, '创新').groups.map((g) => g.kind)).toEqual(['workshop', 'note'])
    expect(highlighted(search(core.db, '创新'))).toEqual(['创新', '创新'])
    expect(search(core.db, '职业教育').groups.map((g) => g.kind)).toEqual(['workshop'])
    expect(highlighted(search(core.db, '职业教育'))).toEqual(['职业教育'])
    // Accents: the index folds diacritics both ways.
    expect(search(core.db, 'liege').groups.map((g) => g.kind)).toEqual(['city'])
    expect(search(core.db, 'Liège').groups.map((g) => g.kind)).toEqual(['city'])
    expect(search(core.db, 'cafe').groups.map((g) => g.kind)).toEqual(['city'])
    expect(highlighted(search(core.db, 'liege'))).toEqual(['Liège'])
    expect(highlighted(search(core.db, 'CAFÉ'))).toEqual(['Café'])
    // Mixed: a Chinese short word and a Latin word, both required.
    expect(found(search(core.db, '创新 TRAINING'))).toEqual([`note:杭州分享了跨境电商人才培养的创新实践 with multi-level training`])
    expect(highlighted(search(core.db, '创新 training'))).toEqual(['创新', 'training'])
    expect(found(search(core.db, '创新 robotics'))).toEqual([])
    // Partial words.
    expect(found(search(core.db, 'ulti-lev'))).toHaveLength(1)
  })

  it('never fails on what a person types', async () => {
    const { core, workshop } = await seeded()
    await core.run('createNote', { workshopId: workshop.id, text: 'Say "hello" (to) NEAR friends OR foes - a*b title:x' })
    const hostile = ['"', '""', '"hello', 'hello"', '*', 'a*', '-', '-foo', 'OR', 'a OR b', 'AND', 'NOT', '(', ')', '(to', 'NEAR(a b)', 'NEAR', 'title:x', 'body:', '{title}: x', '^foo', '\\', '%', '_', "'", '\u0002', '   ', '']
    for (const query of hostile) {
      const result = await core.call('search', { query })
      expect(result, query).toMatchObject({ ok: true })
    }
    expect(found(search(core.db, '"hello"'))).toHaveLength(1)
    expect(found(search(core.db, 'a*b'))).toHaveLength(1)
    expect(found(search(core.db, 'NEAR'))).toHaveLength(1)
    expect(found(search(core.db, 'title:x'))).toHaveLength(1)
    expect(found(search(core.db, '%'))).toEqual([])
  })

  it('groups by kind and says where to jump', async () => {
    const { core, workshop, city } = await seeded()
    const note = await core.run('createNote', { workshopId: workshop.id, text: 'Skills intelligence', cityId: city.id })
    const result = search(core.db, 'skills')
    expect(result.groups.map((g) => g.kind)).toEqual(['workshop', 'note'])
    // A workshop's own hit does not name its workshop again.
    expect(result.groups[0]!.hits[0]).toMatchObject({ title: 'New skills agenda', workshopTitle: '' })
    expect(result.groups[1]!.hits[0]).toMatchObject({
      workshopTitle: 'New skills agenda',
      target: { section: 'workshop', id: workshop.id, tab: 'notes', focus: note.id }
    })
    for (let i = 0; i < 4; i++) await core.run('createNote', { workshopId: workshop.id, text: `skills ${i}` })
    const capped = search(core.db, 'skills', 3)
    expect(capped.groups[1]).toMatchObject({ kind: 'note', more: true })
    expect(capped.groups[1]!.hits.map((h) => h.snippet.map((p) => p.text).join(''))).toEqual(['skills 3', 'skills 2', 'skills 1'])
    // One kind only (the results screen's "Show all"), and each kind still gets its own page.
    expect(search(core.db, 'skills', 10, ['note']).groups.map((g) => [g.kind, g.hits.length, g.more])).toEqual([['note', 5, false]])
    expect(search(core.db, 'skills', 2, ['workshop', 'note']).groups.map((g) => [g.kind, g.hits.length, g.more])).toEqual([
      ['workshop', 1, false],
      ['note', 2, true]
    ])
  })

  it('shows the word in the snippet however deep in a long text it stands', async () => {
    const { core, workshop } = await seeded()
    // A pasted transcript (notes hold up to 200,000 characters): the word first appears after
    // some 120,000, accented.
    const filler = 'lorem ipsum dolor sit amet '.repeat(4_500)
    const text = `${filler}the Café Européen meets here; ${filler.slice(0, 50_000)}`
    await core.run('createNote', { workshopId: workshop.id, text })
    const hit = search(core.db, 'europeen').groups.find((g) => g.kind === 'note')!.hits[0]!
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Européen'])
    const shown = hit.snippet.map((p) => p.text).join('')
    expect(shown.startsWith('…')).toBe(true)
    expect(shown.endsWith('…')).toBe(true)
    expect(shown).toContain('the Café Européen meets here')
    // Across the border of two scanned windows (at 50,000 characters) too.
    for (const at of [49_990, 49_995, 50_000]) {
      const note = await core.run('createNote', { workshopId: workshop.id, text: `${'x'.repeat(at)} Zollverein ${'y'.repeat(60_000)}` })
      const hits = search(core.db, 'zollverein', 10).groups.find((g) => g.kind === 'note')!.hits
      expect(hits.find((h) => h.id === note.id)!.snippet.filter((p) => p.hit).map((p) => p.text), `at ${at}`).toEqual(['Zollverein'])
      await core.run('deleteNote', { id: note.id })
    }
  })

  it('highlights a long or decomposed term across the border of two scanned windows', () => {
    const marked = (parts: ReturnType<typeof snippetOf>) => (parts ?? []).filter((p) => p.hit).map((p) => p.text)
    // A pasted sentence without spaces is one term, longer than any fixed overlap.
    const sentence = '中文句子没有空格'.repeat(150)
    // (The snippet is a window of some 200 characters: it shows the term's start, marked.)
    const [shown] = marked(snippetOf(`${'x'.repeat(48_900)}${sentence}${'y'.repeat(60_000)}`, foldTerms([sentence])))
    expect(shown?.length).toBeGreaterThan(100)
    expect(sentence.startsWith(shown!)).toBe(true)
    // Decomposed accents (e + U+0301) are dropped when folding; the snippet shows the text as it is.
    const decomposed = 'Europe\u0301en'.normalize('NFD')
    for (const at of [49_990, 49_996, 50_005]) {
      expect(marked(snippetOf(`${'x'.repeat(at)} ${decomposed} ${'y'.repeat(60_000)}`, foldTerms(['europeen']))), `at ${at}`).toEqual([decomposed])
    }
  })

  it('pages through kinds together: a full kind is skipped, the kinds below it still answer', async () => {
    const { core, workshop, city } = await seeded()
    for (let i = 0; i < 7; i++) await core.run('createNote', { workshopId: workshop.id, text: `Harbour note ${i}` })
    await core.run('createCaseStudyItem', { workshopId: workshop.id, cityId: city.id, kind: 'practice', text: 'Harbour tram' })
    await core.run('createSpeaker', { name: 'Harbour master' })
    await core.run('updateCity', { id: city.id, notes: 'Harbour city' })
    await core.run('updateWorkshop', { id: workshop.id, subtitle: 'Harbours' })
    const shape = (perKind: number) => search(core.db, 'harbour', perKind).groups.map((g) => `${g.kind}:${g.hits.length}${g.more ? '+' : ''}`)
    expect(shape(50)).toEqual(['workshop:1', 'note:7', 'case_study:1', 'city:1', 'speaker:1'])
    expect(shape(2)).toEqual(['workshop:1', 'note:2+', 'case_study:1', 'city:1', 'speaker:1'])
    expect(shape(1)).toEqual(['workshop:1', 'note:1+', 'case_study:1', 'city:1', 'speaker:1'])
  })

  it('answers from the index, not by scanning', () => {
    const core = freshCore()
    const plan = core.db
      .prepare("EXPLAIN QUERY PLAN SELECT rowid FROM search_index WHERE search_index MATCH '\"skills\"' AND rowid > 1 AND rowid < 9 ORDER BY rowid DESC LIMIT 5")
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/VIRTUAL TABLE INDEX/)
  })
})
