import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from '../../src/core/app'
import { buildReport } from '../../src/core/report/build'
import { gatherReportData } from '../../src/core/report/gather'
import { renderPdf } from '../../src/core/report/render'
import { countPages } from '../../src/core/report/reportWorker'
import { bigReportData, reportHtml } from '../../src/core/report/benchmark'
import { loadSample } from '../../src/core/sample'
import type { BenchCase, BenchContext, Figure } from '../figures'
import { interleave, stats } from '../harness'
import { type ChildRun, runChild } from './child'

type SideRun = ChildRun<SideResult>

interface SideResult {
  ms: number
  pages: number
  bytes: number
  maxRssMb: number
}

/** Runs of each big-report side, alternating (pdfmake first, then Chromium first): one run each swung the ratio by a fifth. */
const BIG_ROUNDS = 2

/**
 * The big report: pdfmake as the app makes it (a job on the report worker, warmed by a small
 * report) against Chromium printing the same report's HTML with page.pdf() (browser launched
 * beforehand), in child processes stopped after 90 seconds each. Times are the mean of the
 * rounds, and the peak memory the highest round's.
 */
async function bigReport(ctx: BenchContext): Promise<Figure[]> {
  const target = ctx.sizes.reportPages
  const data = bigReportData(target)
  const htmlFile = join(ctx.scratch, 'report', 'big.html')
  writeFileSync(htmlFile, reportHtml(data))
  ctx.log(`report: ${data.cities.length.toLocaleString('en')} case studies, aiming at ${target} pages`)
  const limit = 90_000
  const runs: Record<'pdfmake' | 'chromium', SideRun[]> = { pdfmake: [], chromium: [] }
  for (let round = 0; round < BIG_ROUNDS; round++) {
    for (const side of round % 2 === 0 ? (['pdfmake', 'chromium'] as const) : (['chromium', 'pdfmake'] as const)) {
      const run = await runChild<SideResult>('bigReport.ts', side === 'pdfmake' ? ['pdfmake', String(target)] : ['chromium', htmlFile], limit)
      runs[side].push(run)
      ctx.log(`report: ${side} ${run.stopped ? 'stopped after' : 'took'} ${(run.result?.ms ?? run.ms).toFixed(0)} ms`)
    }
  }
  const pdfmake = combined(runs.pdfmake)
  const chromium = combined(runs.chromium)
  const chromiumPages = chromium.result ? pdfPages(`${htmlFile}.pdf`) : 0
  const each = (side: SideRun[]) => side.map((run) => `${((run.result?.ms ?? run.ms) / 1000).toFixed(1)} s`).join(', ')
  const pages = pdfmake.result?.pages ?? 0
  const big: Figure = {
    id: 'report.big',
    title: `${(pages || target).toLocaleString('en')}-page report (pdfmake): time and peak memory`,
    unit: 'ms',
    sides: pdfmake.result
      ? [
          { name: 'time', value: pdfmake.result.ms },
          { name: 'peak memory', value: pdfmake.result.maxRssMb, display: `${pdfmake.result.maxRssMb.toFixed(0)} MB` }
        ]
      : [{ name: `stopped after ${(pdfmake.ms / 1000).toFixed(0)} s`, value: pdfmake.ms }],
    target: '< 6 s and < 400 MB',
    met: pdfmake.result ? pdfmake.result.ms < 6000 && pdfmake.result.maxRssMb < 400 : false,
    status: 'measured',
    note: `bigReportData(${target}) from src/core/report/benchmark.ts (${data.cities.length.toLocaleString('en')} case studies); made as the app makes it, a job on the report worker thread (data sent to it, build + render there, the PDF handed back), the worker warmed by a 2-page report; mean of ${BIG_ROUNDS} runs (${each(runs.pdfmake)}); peak RSS of the whole child process, both threads (fonts, data and PDF included), the highest run's (${runs.pdfmake.map((run) => `${run.result?.maxRssMb.toFixed(0) ?? '?'} MB`).join(', ')})`
  }
  const vs: Figure = {
    id: 'report.vsChromium',
    title: 'big report: pdfmake vs Chromium page.pdf()',
    unit: 'ms',
    sides: [
      { name: `pdfmake, ${pages} pages`, value: pdfmake.result?.ms ?? pdfmake.ms },
      { name: `Chromium, ${chromiumPages} pages`, value: chromium.result?.ms ?? chromium.ms }
    ],
    ratio:
      pdfmake.result && chromium.result ? { value: chromium.result.ms / pdfmake.result.ms, label: 'Chromium ÷ pdfmake (× faster)' } : undefined,
    target: 'pdfmake ≥ 1.5× faster',
    met: pdfmake.result && chromium.result ? chromium.result.ms / pdfmake.result.ms >= 1.5 : null,
    status: 'measured',
    note: `${BIG_ROUNDS} runs each, alternating, means (pdfmake ${each(runs.pdfmake)}; Chromium ${each(runs.chromium)}), engines warm (fonts loaded, browser launched); Chromium prints reportHtml() of the same data (its Markdown export as HTML: same sections and text, the same contents list with its links but without page numbers, and the running header and footer with "N / M" as CSS page margin boxes)${pdfmake.stopped || chromium.stopped ? '; a side was stopped at 90 s' : ''}`
  }
  return [big, vs]
}

/** The rounds of one side as one: mean time, highest peak; stopped if any round was. */
function combined(side: SideRun[]): SideRun {
  const done = side.flatMap((run) => (run.result && !run.stopped ? [run.result] : []))
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
  if (done.length < side.length) return side.find((run) => !run.result || run.stopped)!
  return {
    ...side[0]!,
    result: { ...done[0]!, ms: mean(done.map((r) => r.ms)), maxRssMb: Math.max(...done.map((r) => r.maxRssMb)) }
  }
}

function pdfPages(file: string): number {
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0)
  } catch {
    return 0
  }
}

/**
 * Report figures. The sample workshop's PDF, warm: gather the data, build the pdfmake
 * document, render it (fonts already parsed). Then the big report, both ways.
 */
export const reportCase: BenchCase = {
  id: 'report',
  title: 'Report: pdfmake vs Chromium',
  async run(ctx) {
    const dir = join(ctx.scratch, 'report')
    mkdirSync(dir, { recursive: true })
    const core = openCore({ dataDir: dir, transport: 'cli' })
    try {
      const { workshopId } = await loadSample(core)
      let pages = 0
      const sample = async () => {
        const pdf = await renderPdf(buildReport(gatherReportData(core.db, workshopId)))
        pages = countPages(pdf)
      }
      const samples = await interleave([{ name: 'sample', run: sample }], { rounds: ctx.rounds, iterations: 3, warmup: 2, budgetMs: 20_000 })
      const s = stats(samples.sample!)
      const figures: Figure[] = [
        {
          id: 'report.sample',
          title: 'sample workshop PDF, warm (gather + build + render)',
          unit: 'ms',
          sides: [{ name: `pdfmake, ${pages} pages`, stats: s }],
          target: '< 150 ms',
          met: s.median < 150,
          status: 'measured',
          note: 'pdfmake set up once per process (fonts in its virtual file system); every run gathers, builds and renders'
        }
      ]
      figures.push(...(await bigReport(ctx)))
      return figures
    } finally {
      core.close()
    }
  }
}
