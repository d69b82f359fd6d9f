import { describe, expect, it } from 'vitest'
import { bigReportData } from '../../src/core/report/benchmark'
import { buildReport } from '../../src/core/report/build'
import { drawnAsLaidOut } from '../../src/core/report/layoutProgress'
import { renderPdf } from '../../src/core/report/render'
import { countPages } from '../../src/core/report/reportWorker'

describe('report progress', () => {
  it('moves through the blocks as they are laid out and drawn, then the headers and footers, never backwards', async () => {
    const seen: number[] = []
    const pdf = await renderPdf(buildReport(bigReportData(40)), (progress) => seen.push(progress))
    expect(countPages(pdf)).toBeGreaterThan(30)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(new Set(seen).size).toBe(seen.length)
    const during = (phase: readonly [number, number]) => seen.filter((p) => p >= phase[0] && p < phase[1]).length
    // A bar that moves in steps of a few percent at most, through the blocks and at the end.
    expect(during(drawnAsLaidOut.layout)).toBeGreaterThan(30)
    expect(during(drawnAsLaidOut.draw)).toBeGreaterThan(0)
    const steps = seen.slice(1).map((p, i) => p - seen[i]!)
    expect(Math.max(...steps)).toBeLessThan(0.05)
    expect(Math.max(...seen)).toBeLessThanOrEqual(1)
  }, 60_000)

  it('reports nothing, and costs nothing, when nobody listens', async () => {
    const pdf = await renderPdf(buildReport(bigReportData(2)))
    expect(countPages(pdf)).toBeGreaterThan(1)
  })
})
