import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../src/core/app'
import { loadSample, sampleCities, sampleTalk } from '../../src/core/sample'
import { freshCore, snapshot, tempDir } from '../helpers/core'

describe('the sample workshop', () => {
  it('holds the webinar, its speaker, the ten cities with their case studies and the 12 flagship actions', async () => {
    const core = freshCore()
    const ids = await loadSample(core)
    const detail = await core.run('getWorkshop', { id: ids.workshopId })
    expect(detail.speakers.map((s) => s.name)).toEqual(['Floriske Deutman'])
    expect(detail.cities.map((c) => c.name)).toEqual(sampleCities.map((c) => c.name))
    expect(detail.cities.find((c) => c.name === "Xi'an")).toMatchObject({ nativeName: '西安', group: 'china' })

    const hangzhou = await core.run('getCaseStudy', { workshopId: ids.workshopId, cityId: ids.cityIds[1]! })
    expect(hangzhou.items.filter((i) => i.kind === 'cooperation').map((i) => i.text)).toContain('A shared talent pool')
    expect(hangzhou.items.find((i) => i.kind === 'quote')).toMatchObject({ attribution: 'Hangzhou', approved: true })

    // The 12 actions live in the talk's content notes once the agenda exists, else in the key messages.
    const holder = ids.talkId
      ? (await core.run('getAgenda', { workshopId: ids.workshopId })).items.find((i) => i.id === ids.talkId)!.contentNotes
      : detail.workshop.keyMessages
    for (const action of sampleTalk.flagshipActions) expect(holder).toContain(action)
  })

  it('reuses the cities and speaker already on file when loaded twice, so their dossiers grow', async () => {
    const core = freshCore()
    const first = await loadSample(core)
    const second = await loadSample(core)
    expect(second.cityIds).toEqual(first.cityIds)
    expect(second.speakerId).toBe(first.speakerId)
    expect((await core.run('getCity', { id: first.cityIds[0]! })).history).toHaveLength(2)
  })

  it('writes nothing when it fails half-way', async () => {
    const core = freshCore()
    // Linking the first city fails after the speaker and the workshop were already created.
    core.db.exec('DROP TABLE workshop_cities')
    const before = snapshot(core)
    await expect(loadSample(core)).rejects.toThrow()
    expect(snapshot(core)).toBe(before)
  })

  it('loads from the command line: roundtable --data-dir DIR sample', async () => {
    const dataDir = tempDir()
    const out = execFileSync(process.execPath, ['bin/roundtable.mjs', '--data-dir', dataDir, 'sample', '--json'], { encoding: 'utf8' })
    const ids = JSON.parse(out) as { workshopId: string; cityIds: string[] }
    expect(ids.cityIds).toHaveLength(10)
    const core = openCore({ dataDir, transport: 'test' })
    try {
      expect((await core.run('getWorkshop', { id: ids.workshopId })).workshop.title).toContain('New skills')
    } finally {
      core.close()
    }
  })
})
