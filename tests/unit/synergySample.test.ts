import { describe, expect, it } from 'vitest'
import { loadSample } from '../../src/core/sample'
import { freshCore } from '../helpers/core'

describe('synergies on the sample workshop', () => {
  it('comes tagged, so the matrix and the pairings say something, each pairing backed by evidence', async () => {
    const core = freshCore()
    const { workshopId, cityIds } = await loadSample(core)
    const result = await core.run('getSynergies', { workshopId })
    expect(result.cities).toHaveLength(cityIds.length)
    expect(result.themes.length).toBeGreaterThanOrEqual(8)
    expect(result.pairs.length).toBeGreaterThanOrEqual(10)
    const evidence = new Set(result.evidence.map((e) => e.id))
    for (const pair of result.pairs) {
      for (const shared of pair.sharedThemes) {
        expect(shared.evidenceA.length * shared.evidenceB.length).toBeGreaterThan(0)
        expect([...shared.evidenceA, ...shared.evidenceB].every((id) => evidence.has(id))).toBe(true)
      }
    }
    const cross = await core.run('getSynergies', { workshopId, preferCrossGroup: true })
    expect(cross.pairs[0]?.crossGroup).toBe(true)
  })
})
