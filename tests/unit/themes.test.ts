import { describe, expect, it } from 'vitest'
import { freshCore } from '../helpers/core'

type Core = ReturnType<typeof freshCore>

/** A workshop with two cities and one cooperation area each. */
async function twoCities(core: Core) {
  const w = await core.run('createWorkshop', { title: 'Skills webinar', date: '2026-10-23' })
  const sofia = await core.run('createCity', { name: 'Sofia', group: 'europe' })
  const hangzhou = await core.run('createCity', { name: 'Hangzhou', nativeName: '杭州', group: 'china' })
  for (const c of [sofia, hangzhou]) await core.run('addWorkshopCity', { workshopId: w.id, cityId: c.id })
  const a = await core.run('createCaseStudyItem', { workshopId: w.id, cityId: sofia.id, kind: 'cooperation', text: 'Start-up mentoring' })
  const b = await core.run('createCaseStudyItem', { workshopId: w.id, cityId: hangzhou.id, kind: 'cooperation', text: 'Entrepreneurial programs' })
  return { w, sofia, hangzhou, a, b }
}

describe('themes', () => {
  it('starts with default themes in English and Chinese', async () => {
    const core = freshCore()
    const themes = await core.run('listThemes', {})
    expect(themes.length).toBeGreaterThanOrEqual(10)
    expect(themes.find((t) => t.name === 'Academic exchange')).toMatchObject({ nameZh: '学术交流', usage: 0 })
    expect(themes.every((t) => t.keywords.length > 0 && t.nameZh !== '')).toBe(true)
  })

  it('creates and edits a theme, and refuses a second theme with the same name', async () => {
    const core = freshCore()
    const t = await core.run('createTheme', { name: 'Smart mobility', keywords: ['mobility', 'transport', 'Mobility'] })
    expect(t.keywords).toEqual(['mobility', 'transport'])
    const edited = await core.run('updateTheme', { id: t.id, nameZh: '智慧出行', colour: '#aa00cc' })
    expect(edited).toMatchObject({ name: 'Smart mobility', nameZh: '智慧出行', colour: '#aa00cc', keywords: ['mobility', 'transport'] })
    await expect(core.run('createTheme', { name: 'smart MOBILITY' })).rejects.toMatchObject({ code: 'conflict' })
    await expect(core.run('updateTheme', { id: t.id, colour: 'red' })).rejects.toMatchObject({ code: 'invalid_input' })
  })

  it('tags only practices and cooperation areas, each theme once', async () => {
    const core = freshCore()
    const { w, sofia, a } = await twoCities(core)
    const [theme] = await core.run('listThemes', {})
    await core.run('tagTheme', { targetId: a.id, themeId: theme!.id })
    await core.run('tagTheme', { targetId: a.id, themeId: theme!.id })
    expect(await core.run('listThemeTags', { workshopId: w.id })).toEqual([{ target: 'item', targetId: a.id, themeIds: [theme!.id] }])
    const quote = await core.run('createCaseStudyItem', { workshopId: w.id, cityId: sofia.id, kind: 'quote', text: 'Hi' })
    await expect(core.run('tagTheme', { targetId: quote.id, themeId: theme!.id })).rejects.toMatchObject({ code: 'not_found' })
    await core.run('untagTheme', { targetId: a.id, themeId: theme!.id })
    expect(await core.run('listThemeTags', { workshopId: w.id })).toEqual([])
  })

  it('merges two themes: every tag follows, exactly once, and the source goes', async () => {
    const core = freshCore()
    const { w, a, b } = await twoCities(core)
    const startUps = await core.run('createTheme', { name: 'Start-ups', keywords: ['incubator'] })
    const entre = await core.run('createTheme', { name: 'Entrepreneurs', nameZh: '企业家' })
    // a carries both themes, b only the source.
    await core.run('tagTheme', { targetId: a.id, themeId: startUps.id })
    await core.run('tagTheme', { targetId: a.id, themeId: entre.id })
    await core.run('tagTheme', { targetId: b.id, themeId: startUps.id })

    const merged = await core.run('mergeThemes', { sourceId: startUps.id, targetId: entre.id })
    expect(merged).toMatchObject({ id: entre.id, usage: 2, keywords: ['Start-ups', 'incubator'] })
    const tags = await core.run('listThemeTags', { workshopId: w.id })
    expect(tags.map((t) => t.themeIds)).toEqual([[entre.id], [entre.id]])
    expect(core.db.prepare('SELECT count(*) FROM case_study_item_themes WHERE theme_id = ?').pluck().get(entre.id)).toBe(2)
    expect((await core.run('listThemes', {})).some((t) => t.id === startUps.id)).toBe(false)
    await expect(core.run('mergeThemes', { sourceId: entre.id, targetId: entre.id })).rejects.toMatchObject({ code: 'invalid_input' })
  })

  it('tags notes too: a note naming its city counts as evidence, once, and follows a merge', async () => {
    const core = freshCore()
    const { w, sofia, hangzhou, b } = await twoCities(core)
    const [first, second] = await core.run('listThemes', {})
    const note = await core.run('createNote', { workshopId: w.id, cityId: sofia.id, text: 'Sofia wants a start-up exchange' })
    const loose = await core.run('createNote', { workshopId: w.id, text: 'No city named' })
    await core.run('tagTheme', { target: 'note', targetId: note.id, themeId: first!.id })
    await core.run('tagTheme', { target: 'note', targetId: loose.id, themeId: first!.id })
    await core.run('tagTheme', { targetId: b.id, themeId: first!.id })

    const result = await core.run('getSynergies', { workshopId: w.id })
    expect(result.evidence.map((e) => [e.kind, e.text])).toContainEqual(['note', 'Sofia wants a start-up exchange'])
    expect(result.evidence.some((e) => e.id === loose.id)).toBe(false)
    expect(result.pairs[0]).toMatchObject({ cityA: hangzhou.id, cityB: sofia.id })

    // A cooperation note becomes a case-study entry; tagged alike, the remark counts once.
    const marked = await core.run('markNote', { id: note.id, kind: 'cooperation' })
    await core.run('tagTheme', { targetId: marked.caseStudyItemId!, themeId: first!.id })
    const again = await core.run('getSynergies', { workshopId: w.id })
    expect(again.cells.find((c) => c.cityId === sofia.id)?.count).toBe(1)

    await core.run('mergeThemes', { sourceId: first!.id, targetId: second!.id })
    const tags = await core.run('listThemeTags', { workshopId: w.id })
    expect(tags.filter((t) => t.target === 'note').map((t) => t.themeIds)).toEqual([[second!.id], [second!.id]])
  })

  it('builds the matrix and pairs of a workshop from the tags, and across workshops', async () => {
    const core = freshCore()
    const { w, sofia, hangzhou, a, b } = await twoCities(core)
    const theme = (await core.run('listThemes', {})).find((t) => t.name === 'Entrepreneurship and start-ups')!
    await core.run('tagTheme', { targetId: a.id, themeId: theme.id })
    await core.run('tagTheme', { targetId: b.id, themeId: theme.id })
    const result = await core.run('getSynergies', { workshopId: w.id })
    expect(result.cells.map((c) => [c.cityId, c.count])).toEqual([
      [hangzhou.id, 1],
      [sofia.id, 1]
    ])
    expect(result.pairs[0]).toMatchObject({ cityA: hangzhou.id, cityB: sofia.id, crossGroup: true })
    expect(result.evidence.map((e) => e.text).sort()).toEqual(['Entrepreneurial programs', 'Start-up mentoring'])
    const across = await core.run('getSynergies', { workshopId: null })
    expect(across.pairs).toHaveLength(1)
    // Deleting a tagged entry takes its tags with it.
    await core.run('deleteCaseStudyItem', { id: a.id })
    expect((await core.run('getSynergies', { workshopId: w.id })).pairs).toEqual([])
  })
})
