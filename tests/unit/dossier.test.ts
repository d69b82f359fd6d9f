import { describe, expect, it } from 'vitest'
import { freshCore } from '../helpers/core'

describe('workshops, speakers, cities and case studies', () => {
  it('lists workshops newest first and filters by title', async () => {
    const core = freshCore()
    await core.run('createWorkshop', { title: 'Spring exchange', date: '2026-03-10' })
    await core.run('createWorkshop', { title: 'Autumn webinar', date: '2026-10-23' })
    expect((await core.run('listWorkshops', {})).map((w) => w.title)).toEqual(['Autumn webinar', 'Spring exchange'])
    expect((await core.run('listWorkshops', { query: 'spring' })).map((w) => w.title)).toEqual(['Spring exchange'])
    expect(await core.run('listWorkshops', { query: '%' })).toEqual([])
  })

  it('keeps an update partial: fields left out keep their value', async () => {
    const core = freshCore()
    const w = await core.run('createWorkshop', { title: 'T', date: '2026-10-23', startTime: '16:30', timeZone: 'Europe/Brussels', secondTimeZone: 'Asia/Shanghai' })
    const updated = await core.run('updateWorkshop', { id: w.id, subtitle: 'Sub' })
    expect(updated).toMatchObject({ title: 'T', subtitle: 'Sub', startTime: '16:30', secondTimeZone: 'Asia/Shanghai' })
  })

  it('builds a city dossier across workshops, newest first, with its case-study items in order', async () => {
    const core = freshCore()
    const older = await core.run('createWorkshop', { title: 'Older', date: '2025-05-01' })
    const newer = await core.run('createWorkshop', { title: 'Newer', date: '2026-10-23' })
    const xian = await core.run('createCity', { name: "Xi'an", nativeName: '西安', country: 'China', group: 'china' })
    const speaker = await core.run('createSpeaker', { name: 'Floriske Deutman', role: 'Cluster manager', cityId: null })
    for (const w of [older, newer]) await core.run('addWorkshopCity', { workshopId: w.id, cityId: xian.id })
    const a = await core.run('createCaseStudyItem', { workshopId: newer.id, cityId: xian.id, kind: 'practice', text: 'Industry-education integration' })
    const b = await core.run('createCaseStudyItem', { workshopId: newer.id, cityId: xian.id, kind: 'practice', text: 'iHARBOUR campus' })
    await core.run('createCaseStudyItem', {
      workshopId: newer.id,
      cityId: xian.id,
      kind: 'quote',
      text: 'Build a better future together',
      speakerId: speaker.id,
      approved: true
    })
    await core.run('reorderCaseStudyItems', { workshopId: newer.id, cityId: xian.id, kind: 'practice', ids: [b.id, a.id] })

    const dossier = await core.run('getCity', { id: xian.id })
    expect(dossier.history.map((h) => h.workshop.title)).toEqual(['Newer', 'Older'])
    const items = dossier.history[0]!.caseStudy.items
    expect(items.map((i) => i.text)).toEqual(['iHARBOUR campus', 'Industry-education integration', 'Build a better future together'])
    expect(items[2]).toMatchObject({ kind: 'quote', speakerId: speaker.id, approved: true })

    // A reorder that forgets an item is refused rather than losing it.
    const refused = await core.call('reorderCaseStudyItems', { workshopId: newer.id, cityId: xian.id, kind: 'practice', ids: [a.id] })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('cascades a workshop delete to its links and case studies, but keeps cities and speakers', async () => {
    const core = freshCore()
    const w = await core.run('createWorkshop', { title: 'W', date: '2026-10-23' })
    const city = await core.run('createCity', { name: 'Sofia', group: 'europe' })
    const speaker = await core.run('createSpeaker', { name: 'S' })
    await core.run('addWorkshopCity', { workshopId: w.id, cityId: city.id })
    await core.run('addWorkshopSpeaker', { workshopId: w.id, speakerId: speaker.id })
    await core.run('createCaseStudyItem', { workshopId: w.id, cityId: city.id, kind: 'practice', text: 'Argentum' })
    await core.run('deleteWorkshop', { id: w.id })
    expect(core.db.prepare('SELECT count(*) FROM case_study_items').pluck().get()).toBe(0)
    expect(core.db.prepare('SELECT count(*) FROM workshop_cities').pluck().get()).toBe(0)
    expect((await core.run('listCities', {})).length).toBe(1)
    expect((await core.run('getSpeaker', { id: speaker.id })).workshops).toEqual([])
  })

  it('stores hostile text as text', async () => {
    const core = freshCore()
    const title = "Robert'); DROP TABLE workshops;--"
    const w = await core.run('createWorkshop', { title, date: '2026-10-23', intro: '<img src=x onerror=alert(1)>' })
    expect((await core.run('getWorkshop', { id: w.id })).workshop).toMatchObject({ title, intro: '<img src=x onerror=alert(1)>' })
    expect(await core.run('listWorkshops', { query: "'); DROP" })).toHaveLength(1)
  })

  it('remembers preferences and ignores values it does not understand', async () => {
    const core = freshCore()
    expect(await core.run('getPreferences', {})).toEqual({ language: 'en', colorScheme: 'auto' })
    await core.run('updatePreferences', { language: 'zh' })
    core.db.prepare("UPDATE settings SET value = 'klingon' WHERE key = 'preferences.language'").run()
    expect(await core.run('getPreferences', {})).toEqual({ language: 'en', colorScheme: 'auto' })
  })

  it("adopts the system's language on the first start only, and never over a chosen one", async () => {
    const first = freshCore()
    // A colour scheme chosen first does not count as a language chosen.
    await first.run('updatePreferences', { colorScheme: 'dark' })
    expect(await first.run('getPreferences', { systemLanguage: 'zh' })).toEqual({ language: 'zh', colorScheme: 'dark' })
    expect(await first.run('getPreferences', { systemLanguage: 'en' })).toMatchObject({ language: 'zh' })
    expect(await first.run('getPreferences', {})).toMatchObject({ language: 'zh' })

    const chosen = freshCore()
    await chosen.run('updatePreferences', { language: 'en' })
    expect(await chosen.run('getPreferences', { systemLanguage: 'zh' })).toMatchObject({ language: 'en' })

    const asked = freshCore()
    expect(await asked.run('getPreferences', {})).toMatchObject({ language: 'en' })
    expect(await asked.run('getPreferences', { systemLanguage: 'zh' })).toMatchObject({ language: 'zh' })
    await expect(asked.run('getPreferences', { systemLanguage: 'fr' } as never)).rejects.toMatchObject({ code: 'invalid_input' })
  })
})
