import { describe, expect, it } from 'vitest'
import { scoreSynergies, themeWeight, type ScopeCity } from '../../src/core/synergy/score'
import type { EvidenceItem } from '../../src/shared/domain/synergy'

// Hand-built cases: fixed ids so that the expected order can be written down.
const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const W = uuid(999)
const city = (n: number, name: string, group: ScopeCity['group']): ScopeCity => ({ id: uuid(n), name, nativeName: '', group })
const theme = (n: number, name: string) => ({ id: uuid(100 + n), name, nameZh: '', colour: '#123456' })

let next = 500
const item = (c: ScopeCity, ...themes: { id: string }[]): EvidenceItem => ({
  id: uuid(next++),
  kind: 'cooperation',
  text: `${c.name} item`,
  cityId: c.id,
  workshopId: W,
  workshopTitle: 'Webinar',
  workshopDate: '2026-10-23',
  themeIds: themes.map((t) => t.id)
})

const sofia = city(1, 'Sofia', 'europe')
const hangzhou = city(2, 'Hangzhou', 'china')
const lazio = city(3, 'Lazio', 'europe')
const xian = city(4, "Xi'an", 'china')
const vet = theme(1, 'Vocational education and training')
const tourism = theme(2, 'Tourism')
const green = theme(3, 'Green transition')

describe('synergy scoring', () => {
  it('ranks two cities sharing a rare theme above two sharing a common one', () => {
    // VET: every city. Tourism: only Sofia and Xi'an.
    const result = scoreSynergies({
      workshopId: W,
      cities: [sofia, hangzhou, lazio, xian],
      themes: [vet, tourism],
      evidence: [item(sofia, vet, tourism), item(hangzhou, vet), item(lazio, vet), item(xian, vet), item(xian, tourism)]
    })
    const top = result.pairs[0]
    expect([top?.cityA, top?.cityB]).toEqual([sofia.id, xian.id])
    expect(top?.sharedThemes.map((s) => s.themeId)).toEqual([tourism.id, vet.id])
    expect(result.themes.find((t) => t.id === tourism.id)?.weight).toBeGreaterThan(result.themes.find((t) => t.id === vet.id)?.weight ?? 0)
    // The theme everyone has still counts, a little, so the other pairs are ranked, not dropped.
    expect(result.pairs).toHaveLength(6)
    expect(themeWeight(4, 4)).toBeGreaterThan(0)
  })

  it('scores a pair as the sum of the weights of the themes it shares, with the evidence of each side', () => {
    const a = item(sofia, green)
    const b = item(lazio, green, vet)
    const c = item(lazio, green)
    const result = scoreSynergies({ workshopId: W, cities: [sofia, lazio, hangzhou], themes: [green, vet], evidence: [a, b, c] })
    expect(result.pairs).toHaveLength(1)
    expect(result.pairs[0]).toMatchObject({ cityA: lazio.id, cityB: sofia.id, score: themeWeight(3, 2), crossGroup: false })
    expect(result.pairs[0]?.sharedThemes[0]).toMatchObject({ themeId: green.id, evidenceA: [b.id, c.id], evidenceB: [a.id] })
    const cell = result.cells.find((x) => x.cityId === lazio.id && x.themeId === green.id)
    expect(cell).toMatchObject({ count: 2, itemIds: [b.id, c.id] })
    expect(result.cities.find((x) => x.id === lazio.id)?.total).toBe(2)
  })

  it('breaks ties deterministically, whatever order the input comes in', () => {
    const evidence = [item(sofia, green), item(hangzhou, green), item(lazio, tourism), item(xian, tourism)]
    const orders = [
      [sofia, hangzhou, lazio, xian],
      [xian, lazio, hangzhou, sofia]
    ]
    const runs = orders.map((cities) =>
      scoreSynergies({ workshopId: W, cities, themes: [tourism, green], evidence: [...evidence].reverse() }).pairs.map((p) => [p.cityA, p.cityB])
    )
    expect(runs[0]).toEqual(runs[1])
    // Equal scores: alphabetical by the first city, then the second.
    expect(runs[0]).toEqual([
      [hangzhou.id, sofia.id],
      [lazio.id, xian.id]
    ])
  })

  it('puts Europe–China pairs first when asked, without changing their scores', () => {
    const evidence = [item(sofia, tourism, green), item(lazio, tourism, green), item(xian, green)]
    const plain = scoreSynergies({ workshopId: W, cities: [sofia, lazio, xian], themes: [tourism, green], evidence })
    const cross = scoreSynergies({ workshopId: W, cities: [sofia, lazio, xian], themes: [tourism, green], evidence }, { preferCrossGroup: true })
    expect(plain.pairs[0]).toMatchObject({ cityA: lazio.id, cityB: sofia.id, crossGroup: false })
    expect(cross.pairs.map((p) => p.crossGroup)).toEqual([true, true, false])
    expect(cross.pairs[2]?.score).toBe(plain.pairs[0]?.score)
  })

  it('filters the matrix and the pairs to one group', () => {
    const evidence = [item(sofia, green), item(lazio, green), item(xian, green)]
    const europe = scoreSynergies({ workshopId: W, cities: [sofia, lazio, xian], themes: [green], evidence }, { group: 'europe' })
    expect(europe.cities.map((c) => c.name)).toEqual(['Lazio', 'Sofia'])
    expect(europe.evidence.every((e) => e.cityId !== xian.id)).toBe(true)
    expect(europe.pairs).toHaveLength(1)
  })
})
