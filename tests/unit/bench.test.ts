import { describe, expect, it } from 'vitest'
import { comparison } from '../../bench/figures'
import { checksum, generate, plan, prng, uuidFrom } from '../../bench/generate'
import { interleave, median, quantile, ratio, stats } from '../../bench/harness'
import { bigReportData, reportHtml } from '../../src/core/report/benchmark'
import { id } from '../../src/shared/domain/common'
import { tempDir } from '../helpers/core'

describe('bench harness statistics', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1)

  it('computes median and nearest-rank p95 on known inputs', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(quantile(oneToHundred, 0.95)).toBe(95)
    expect(quantile([10, 20, 30, 40], 0.95)).toBe(40)
    expect(quantile([7], 0.95)).toBe(7)
    const s = stats([...oneToHundred].reverse())
    expect(s).toMatchObject({ n: 100, median: 50.5, p95: 95, min: 1, max: 100, mean: 50.5 })
    expect(stats([]).median).toBeNaN()
  })

  it('reports ratios as measured ÷ baseline, or as a speed-up when asked', () => {
    expect(ratio(13, 10)).toBeCloseTo(1.3)
    expect(ratio(1, 0)).toBeNaN()
    const slower = comparison({ id: 'x', title: 'x', met: (_, r) => r <= 1.3 }, { name: 'a', samples: [2, 2, 4] }, { name: 'b', samples: [1, 1, 2] })
    expect(slower.ratio).toMatchObject({ value: 2, p95: 2 })
    expect(slower.met).toBe(false)
    const faster = comparison({ id: 'y', title: 'y', speedup: true }, { name: 'fts', samples: [1, 1, 1] }, { name: 'like', samples: [60, 60, 60] })
    expect(faster.ratio?.value).toBe(60)
  })

  it('interleaves the sides, rotating their order, and times every operation', async () => {
    const order: string[] = []
    const samples = await interleave(
      [
        { name: 'a', run: () => order.push('a') },
        { name: 'b', run: async () => order.push('b') }
      ],
      { rounds: 2, iterations: 2, warmup: 1 }
    )
    expect(order).toEqual(['a', 'b', 'a', 'a', 'b', 'b', 'b', 'b', 'a', 'a'])
    expect(samples.a).toHaveLength(4)
    expect(samples.b!.every((ms) => ms >= 0)).toBe(true)
  })
})

describe('bench data generator', () => {
  const sizes = { workshops: 12, cities: 5, speakers: 8, notes: 40 }

  it('gives the same data for the same seed, and other data for another seed', () => {
    expect(checksum(plan(sizes, 7))).toBe(checksum(plan(sizes, 7)))
    expect(checksum(plan(sizes, 7))).not.toBe(checksum(plan(sizes, 8)))
    expect(Array.from({ length: 3 }, prng(1))).toEqual(Array.from({ length: 3 }, prng(1)))
  })

  it('draws ids the contract accepts', () => {
    const next = prng(3)
    for (let i = 0; i < 20; i++) expect(id.safeParse(uuidFrom(next)).success).toBe(true)
  })

  it('writes the planned rows through the db modules', () => {
    const result = generate(sizes, 7, tempDir())
    expect(result.checksum).toBe(checksum(plan(sizes, 7)))
    expect(result.workshopIds).toHaveLength(12)
    expect(result.notesWritten).toBe(40)
  })
})

describe("the big report's HTML for Chromium", () => {
  it('holds what the PDF holds: every case study, a contents entry linking each heading, the running header and footer', () => {
    const data = bigReportData(5)
    const html = reportHtml(data)
    const headings = [...html.matchAll(/<h([23]) id="([^"]+)">/g)].map((m) => m[2]!)
    const links = [...html.matchAll(/<li class="level[23]"><a href="#([^"]+)">/g)].map((m) => m[1]!)
    expect(links).toEqual(headings)
    for (const city of data.cities) expect(html).toContain(city.name)
    expect(headings.length).toBe(data.cities.length + 3) // introduction, case studies, conclusions
    // The contents come after the cover, before the first section.
    expect(html.indexOf('class="contents"')).toBeLessThan(html.indexOf('<h2 id='))
    expect(html).toContain('@top-left { content: "Benchmark: a very large Europe–China exchange"')
    expect(html).toContain('counter(page) " / " counter(pages)')
  })
})
