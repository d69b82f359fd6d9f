import { describe, expect, it } from 'vitest'
import { freshCore, snapshot } from '../helpers/core'

async function workshopWithCity() {
  const core = freshCore()
  const workshop = await core.run('createWorkshop', { title: 'Skills webinar', date: '2026-10-23', startTime: '16:30' })
  const city = await core.run('createCity', { name: 'Hangzhou', nativeName: '杭州', group: 'china' })
  const speaker = await core.run('createSpeaker', { name: 'Li Wei', cityId: city.id })
  await core.run('addWorkshopCity', { workshopId: workshop.id, cityId: city.id })
  return { core, workshop, city, speaker }
}

describe('live notes', () => {
  it('stamps a note with the time it was taken and lists notes in that order', async () => {
    const { core, workshop } = await workshopWithCity()
    await core.run('createNote', { workshopId: workshop.id, text: 'second', takenAt: '2026-10-23T14:40:00Z' })
    await core.run('createNote', { workshopId: workshop.id, text: 'first', takenAt: '2026-10-23T16:35:00+02:00' })
    const listed = await core.run('listNotes', { workshopId: workshop.id })
    expect(listed.map((n) => [n.text, n.takenAt])).toEqual([
      ['first', '2026-10-23T14:35:00.000Z'],
      ['second', '2026-10-23T14:40:00.000Z']
    ])
  })

  it('turns a note into a quote in the city’s case study, keeping the speaker, and back', async () => {
    const { core, workshop, city, speaker } = await workshopWithCity()
    const note = await core.run('createNote', { workshopId: workshop.id, text: 'Global minded talent', speakerId: speaker.id, cityId: city.id })
    const quote = await core.run('markNote', { id: note.id, kind: 'quote' })
    const study = await core.run('getCaseStudy', { workshopId: workshop.id, cityId: city.id })
    expect(study.items).toMatchObject([{ id: quote.caseStudyItemId, kind: 'quote', text: 'Global minded talent', speakerId: speaker.id }])

    await core.run('updateNote', { id: note.id, text: 'Global-minded talent' })
    expect((await core.run('getCaseStudy', { workshopId: workshop.id, cityId: city.id })).items[0]?.text).toBe('Global-minded talent')

    await core.run('markNote', { id: note.id, kind: 'plain' })
    expect((await core.run('getCaseStudy', { workshopId: workshop.id, cityId: city.id })).items).toEqual([])
  })

  it('makes an action item owned by the speaker, and a follow-up in the case study', async () => {
    const { core, workshop, city, speaker } = await workshopWithCity()
    const note = await core.run('createNote', { workshopId: workshop.id, text: 'Send the curriculum', speakerId: speaker.id, cityId: city.id })
    await core.run('markNote', { id: note.id, kind: 'action' })
    const actions = await core.run('listActionItems', {})
    expect(actions).toMatchObject([{ text: 'Send the curriculum', ownerSpeakerId: speaker.id, ownerName: 'Li Wei', cityName: 'Hangzhou', status: 'open' }])
    expect((await core.run('getCaseStudy', { workshopId: workshop.id, cityId: city.id })).items[0]?.kind).toBe('follow_up')

    await core.run('updateActionItem', { id: actions[0]!.id, status: 'done', dueDate: '2026-11-30' })
    expect(await core.run('listActionItems', { status: 'open' })).toEqual([])
    expect(await core.run('listActionItems', { owner: 'li w', cityId: city.id })).toHaveLength(1)
  })

  it('adds the city to the workshop when a marked note names a city not yet taking part', async () => {
    const { core, workshop } = await workshopWithCity()
    const sofia = await core.run('createCity', { name: 'Sofia', group: 'europe' })
    const note = await core.run('createNote', { workshopId: workshop.id, text: 'Smart Garden', cityId: sofia.id, kind: 'practice' })
    expect(note.kind).toBe('practice')
    const study = await core.run('getCaseStudy', { workshopId: workshop.id, cityId: sofia.id })
    expect(study.items.map((i) => i.text)).toEqual(['Smart Garden'])
  })

  it('refuses a quote without a city and writes nothing', async () => {
    const { core, workshop } = await workshopWithCity()
    const note = await core.run('createNote', { workshopId: workshop.id, text: 'Unlinked' })
    const before = snapshot(core)
    const refused = await core.call('markNote', { id: note.id, kind: 'quote' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(snapshot(core)).toBe(before)
  })

  it('moves the case-study entry when the note’s city changes', async () => {
    const { core, workshop, city } = await workshopWithCity()
    const other = await core.run('createCity', { name: 'Wuhan', group: 'china' })
    await core.run('addWorkshopCity', { workshopId: workshop.id, cityId: other.id })
    const note = await core.run('createNote', { workshopId: workshop.id, text: 'Joint research', cityId: city.id, kind: 'cooperation' })
    await core.run('updateNote', { id: note.id, cityId: other.id })
    expect((await core.run('getCaseStudy', { workshopId: workshop.id, cityId: city.id })).items).toEqual([])
    expect((await core.run('getCaseStudy', { workshopId: workshop.id, cityId: other.id })).items.map((i) => i.text)).toEqual(['Joint research'])
  })

  it('deletes a note with what it produced, and undo brings both back', async () => {
    const { core, workshop, city } = await workshopWithCity()
    const note = await core.run('createNote', { workshopId: workshop.id, text: 'Shared talent pool', cityId: city.id, kind: 'action' })
    const deleted = await core.run('deleteNote', { id: note.id })
    expect(await core.run('listNotes', { workshopId: workshop.id })).toEqual([])
    expect(await core.run('listActionItems', {})).toEqual([])
    expect((await core.run('getCaseStudy', { workshopId: workshop.id, cityId: city.id })).items).toEqual([])

    const restored = await core.run('restoreNote', deleted)
    expect(restored).toMatchObject({ id: note.id, kind: 'action', takenAt: note.takenAt })
    expect(await core.run('listActionItems', {})).toHaveLength(1)
    expect((await core.run('getCaseStudy', { workshopId: workshop.id, cityId: city.id })).items).toHaveLength(1)
  })
})
