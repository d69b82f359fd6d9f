import { describe, expect, it } from 'vitest'
import { openCore } from '../../src/core/app'
import { freshCore, snapshot } from '../helpers/core'

/** A workshop with two speakers and a city taking part, as the agenda expects. */
async function setUp() {
  const core = freshCore()
  const w = await core.run('createWorkshop', {
    title: 'Skills webinar',
    date: '2026-10-23',
    startTime: '16:30',
    secondTimeZone: 'Asia/Shanghai',
    plannedEndTime: '19:30'
  })
  const ana = await core.run('createSpeaker', { name: 'Floriske Deutman' })
  const bo = await core.run('createSpeaker', { name: 'Wang Bo' })
  const sofia = await core.run('createCity', { name: 'Sofia', group: 'europe' })
  for (const s of [ana, bo]) await core.run('addWorkshopSpeaker', { workshopId: w.id, speakerId: s.id })
  await core.run('addWorkshopCity', { workshopId: w.id, cityId: sofia.id })
  const add = (title: string, durationMinutes: number, extra: object = {}) =>
    core.run('createAgendaItem', { workshopId: w.id, title, durationMinutes, ...extra })
  return { core, w, ana, bo, sofia, add }
}

const titles = async (core: Awaited<ReturnType<typeof setUp>>['core'], workshopId: string) =>
  (await core.run('getAgenda', { workshopId })).items.map((i) => `${i.position}:${i.title}`)

describe('agenda service', () => {
  it('computes times, the over-run and the shares per speaker and city', async () => {
    const { core, w, ana, bo, sofia, add } = await setUp()
    await add('Welcome', 10, { kind: 'welcome', speakerIds: [ana.id] })
    await add('Skills Agenda for Europe', 30, { speakerIds: [ana.id, bo.id] })
    await add('Sofia', 200, { kind: 'case_study', cityId: sofia.id })
    const agenda = await core.run('getAgenda', { workshopId: w.id })
    expect(agenda.items.map((i) => [i.startLocal.time, i.startSecond?.time])).toEqual([['16:30', '22:30'], ['16:40', '22:40'], ['17:10', '23:10']])
    expect(agenda.overrunMinutes).toBe(60)
    expect(agenda.minutesBySpeaker).toEqual([
      { id: ana.id, name: 'Floriske Deutman', minutes: 40 },
      { id: bo.id, name: 'Wang Bo', minutes: 30 }
    ])
    expect(agenda.minutesByCity).toEqual([{ id: sofia.id, name: 'Sofia', minutes: 200 }])
  })

  it('inserts after an item, duplicates next to it and puts a break between two items', async () => {
    const { core, w, add } = await setUp()
    const a = await add('A', 10)
    const c = await add('C', 10)
    await core.run('createAgendaItem', { workshopId: w.id, title: 'B', afterId: a.id })
    await core.run('duplicateAgendaItem', { id: c.id })
    await core.run('insertBreak', { workshopId: w.id, afterId: a.id, title: 'Coffee' })
    await core.run('insertBreak', { workshopId: w.id, afterId: null, title: 'Tech check', durationMinutes: 5 })
    expect(await titles(core, w.id)).toEqual(['0:Tech check', '1:A', '2:Coffee', '3:B', '4:C', '5:C'])
  })

  it('deletes with undo: the item comes back in its place with its id and speakers', async () => {
    const { core, w, ana, add } = await setUp()
    await add('A', 10)
    const b = await add('B', 10, { speakerIds: [ana.id], contentNotes: '12 flagship actions' })
    await add('C', 10)
    const deleted = await core.run('deleteAgendaItem', { id: b.id })
    expect(await titles(core, w.id)).toEqual(['0:A', '1:C'])
    await core.run('restoreAgendaItem', deleted)
    expect(await titles(core, w.id)).toEqual(['0:A', '1:B', '2:C'])
    const back = (await core.run('getAgenda', { workshopId: w.id })).items[1]!
    expect(back).toMatchObject({ id: b.id, speakerIds: [ana.id], contentNotes: '12 flagship actions' })
    expect(await core.call('restoreAgendaItem', deleted)).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('undoes the delete of the running item with its live notes still linked to it', async () => {
    const { core, w, add } = await setUp()
    const item = await add('Hangzhou case study', 20)
    await add('Panel', 30)
    await core.run('startLiveRun', { workshopId: w.id })
    const note = await core.run('createNote', { workshopId: w.id, text: 'Shared talent pool', agendaItemId: item.id })
    const deleted = await core.run('deleteAgendaItem', { id: item.id })
    expect(deleted).toMatchObject({ noteIds: [note.id], wasLiveCurrent: true })
    expect((await core.run('getLiveState', { workshopId: w.id })).currentItemId).toBeNull()
    await core.run('restoreAgendaItem', deleted)
    expect((await core.run('getLiveState', { workshopId: w.id })).currentItemId).toBe(item.id)
    expect((await core.run('listNotes', { workshopId: w.id })).map((n) => n.agendaItemId)).toEqual([item.id])
  })

  it('reorders in one transaction, keeping every item exactly once', async () => {
    const { core, w, add } = await setUp()
    const [a, b, c] = [await add('A', 10), await add('B', 20), await add('C', 30)]
    await core.run('reorderAgendaItems', { workshopId: w.id, ids: [c.id, a.id, b.id] })
    expect(await titles(core, w.id)).toEqual(['0:C', '1:A', '2:B'])
    const before = snapshot(core)
    for (const ids of [[c.id, a.id], [c.id, a.id, a.id], [c.id, a.id, b.id, crypto.randomUUID()], [c.id, c.id, b.id]]) {
      const result = await core.call('reorderAgendaItems', { workshopId: w.id, ids })
      expect(result, JSON.stringify(ids)).toMatchObject({ ok: false, error: { code: 'conflict' } })
    }
    expect(snapshot(core)).toBe(before)
  })

  it('reads the agenda of a workshop through its index', async () => {
    const { core } = await setUp()
    const plan = core.db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM agenda_items WHERE workshop_id = ? ORDER BY position, created_at')
      .all('x') as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toContain('agenda_items_by_workshop')
  })

  it('refuses speakers and cities that do not take part, writing nothing', async () => {
    const { core, w, add } = await setUp()
    const stranger = await core.run('createSpeaker', { name: 'Stranger' })
    const lyon = await core.run('createCity', { name: 'Lyon', group: 'europe' })
    const item = await add('A', 10)
    const before = snapshot(core)
    expect(await core.call('updateAgendaItem', { id: item.id, speakerIds: [stranger.id] })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await core.call('createAgendaItem', { workshopId: w.id, cityId: lyon.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await core.call('updateAgendaItem', { id: item.id, durationMinutes: -5 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(snapshot(core)).toBe(before)
  })
})

describe('live run', () => {
  it('records actual starts and ends, goes back, adds minutes and survives a restart', async () => {
    const { core, w, add } = await setUp()
    const [a, b] = [await add('A', 10), await add('B', 20)]
    const workshopId = w.id
    await core.run('startLiveRun', { workshopId, at: '2026-10-23T14:31:00Z' })
    await core.run('advanceLiveRun', { workshopId, at: '2026-10-23T14:43:00Z' })
    await core.run('addLiveRunMinutes', { workshopId })
    // The app is closed mid-webinar (crash, reload) and opened again.
    core.close()
    const again = openCore({ dataDir: core.dataDir, transport: 'test' })
    try {
      expect(await again.run('getLiveState', { workshopId })).toMatchObject({
        status: 'running',
        startedAt: '2026-10-23T14:31:00.000Z',
        currentItemId: b.id,
        currentItemStartedAt: '2026-10-23T14:43:00.000Z'
      })
      let items = (await again.run('getAgenda', { workshopId })).items
      expect(items.map((i) => [i.actualStart, i.actualEnd, i.extraMinutes])).toEqual([
        ['2026-10-23T14:31:00.000Z', '2026-10-23T14:43:00.000Z', 0],
        ['2026-10-23T14:43:00.000Z', null, 5]
      ])
      await again.run('goBackLiveRun', { workshopId })
      expect(await again.run('getLiveState', { workshopId })).toMatchObject({ currentItemId: a.id, currentItemStartedAt: '2026-10-23T14:31:00.000Z' })
      await again.run('advanceLiveRun', { workshopId, at: '2026-10-23T14:44:00Z' })
      const done = await again.run('advanceLiveRun', { workshopId, at: '2026-10-23T15:05:00Z' })
      expect(done).toMatchObject({ status: 'finished', currentItemId: null, finishedAt: '2026-10-23T15:05:00.000Z' })
      items = (await again.run('getAgenda', { workshopId })).items
      expect(items.map((i) => [i.actualStart, i.actualEnd, i.extraMinutes])).toEqual([
        ['2026-10-23T14:31:00.000Z', '2026-10-23T14:44:00.000Z', 0],
        ['2026-10-23T14:44:00.000Z', '2026-10-23T15:05:00.000Z', 0]
      ])
      expect(await again.call('startLiveRun', { workshopId })).toMatchObject({ ok: false, error: { code: 'conflict' } })
      expect(await again.run('resetLiveRun', { workshopId })).toMatchObject({ status: 'not_started' })
      expect((await again.run('getAgenda', { workshopId })).items.every((i) => i.actualStart === null)).toBe(true)
    } finally {
      again.close()
    }
  })

  it('refuses to start an empty agenda', async () => {
    const { core, w } = await setUp()
    expect(await core.call('startLiveRun', { workshopId: w.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })
})
