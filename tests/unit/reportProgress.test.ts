import { describe, expect, it } from 'vitest'
import { bigReportData } from '../../src/core/report/benchmark'
import { buildReport } from '../../src/core/report/build'
import { phases } from '../../src/core/report/layoutProgress'
import { renderPdf } from '../../src/core/report/render'
import { countPages } from '../../src/core/report/reportWorker'

describe('report progress', () => {
  it('moves through measuring, layout and drawing, never backwards, not only while pages are drawn', async () => {
    const seen: number[] = []
    const pdf = await renderPdf(buildReport(bigReportData(40)), (progress) => seen.push(progress))
    expect(countPages(pdf)).toBeGreaterThan(30)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(new Set(seen).size).toBe(seen.length)
    const during = (phase: readonly [number, number]) => seen.filter((p) => p >= phase[0] && p < phase[1]).length
    // A bar that moves in steps of a few percent at most, in each pass.
    expect(during(phases.measure)).toBeGreaterThan(10)
    expect(during(phases.layout)).toBeGreaterThan(5)
    expect(during(phases.draw)).toBeGreaterThan(10)
    expect(Math.max(...seen)).toBeLessThanOrEqual(1)
  }, 60_000)

  it('reports nothing, and costs nothing, when nobody listens', async () => {
    const pdf = await renderPdf(buildReport(bigReportData(2)))
    expect(countPages(pdf)).toBeGreaterThan(1)
  })
})
