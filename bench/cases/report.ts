import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from '../../src/core/app'
import { buildReport } from '../../src/core/report/build'
import { gatherReportData } from '../../src/core/report/gather'
import { renderPdf } from '../../src/core/report/render'
import { countPages } from '../../src/core/report/reportWorker'
import { reportMarkdown } from '../../src/core/report/markdownExport'
import type { ReportData } from '../../src/core/report/types'
import { loadSample } from '../../src/core/sample'
import { renderMarkdown } from '../../src/shared/markdown'
import type { BenchCase, BenchContext, Figure } from '../figures'
import { prng, uuidFrom } from '../generate'
import { interleave, stats } from '../harness'
import { runChild } from './child'

/**
 * The sample workshop's data with its cities repeated `copies` times under new ids and
 * numbered names (the synergy matrix keeps the original ten, or it would be thousands of
 * columns wide).
 */
export function grownReport(data: ReportData, copies: number): ReportData {
  const rng = prng(copies)
  const cities = Array.from({ length: copies }, (_, copy) =>
    data.cities.map((city) => ({
      ...city,
      id: copy ? uuidFrom(rng) : city.id,
      name: copy ? `${city.name} ${copy + 1}` : city.name,
      items: city.items.map((item) => ({ ...item, id: copy ? uuidFrom(rng) : item.id }))
    }))
  ).flat()
  return { ...data, cities }
}

/** The report's content as a printable HTML page: its Markdown export through the app's Markdown renderer. */
function reportHtml(data: ReportData): string {
  const css = `body { font-family: 'Roboto', 'Noto Sans CJK SC', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #222 }
    h1 { font-size: 22pt; page-break-before: always } h1:first-of-type { page-break-before: avoid } h2 { font-size: 15pt } h3 { font-size: 12pt }
    blockquote { border-left: 3px solid #1c7ed6; margin: 8pt 0; padding: 2pt 10pt; font-style: italic } table { border-collapse: collapse } td, th { border: 1px solid #ccc; padding: 2pt 4pt }`
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${renderMarkdown(reportMarkdown(data))}</body></html>`
}

interface SideResult {
  ms: number
  pages: number
  bytes: number
  maxRssMb: number
}

/**
 * The big report: pdfmake (build + render; fonts loaded beforehand) against Chromium
 * printing the same report's HTML with page.pdf() (browser launched beforehand). One run
 * each, in child processes, each stopped after 90 seconds.
 */
async function bigReport(ctx: BenchContext, sample: ReportData, samplePages: number): Promise<Figure[]> {
  const target = ctx.sizes.reportPages
  // Pages grow linearly with the cities: measure how many one more copy adds, then aim.
  const threeCopies = countPages(await renderPdf(buildReport(grownReport(sample, 3))))
  const perCopy = Math.max(1, (threeCopies - samplePages) / 2)
  const copies = Math.max(1, Math.ceil((target - (samplePages - perCopy)) / perCopy))
  const data = grownReport(sample, copies)
  const dataFile = join(ctx.scratch, 'report', 'big.json')
  const htmlFile = join(ctx.scratch, 'report', 'big.html')
  writeFileSync(dataFile, JSON.stringify(data))
  writeFileSync(htmlFile, reportHtml(data))
  ctx.log(`report: ${perCopy.toFixed(1)} pages per copy of the cities; ${data.cities.length} cities, aiming at ${target} pages`)
  const limit = 90_000
  const pdfmake = await runChild<SideResult>('bigReport.ts', ['pdfmake', dataFile], limit)
  ctx.log(`report: pdfmake ${pdfmake.stopped ? 'stopped after' : 'took'} ${(pdfmake.result?.ms ?? pdfmake.ms).toFixed(0)} ms, ${pdfmake.result?.pages ?? '?'} pages`)
  const chromium = await runChild<SideResult>('bigReport.ts', ['chromium', htmlFile], limit)
  const chromiumPages = chromium.result ? pdfPages(`${htmlFile}.pdf`) : 0
  ctx.log(`report: Chromium ${chromium.stopped ? 'stopped after' : 'took'} ${(chromium.result?.ms ?? chromium.ms).toFixed(0)} ms, ${chromiumPages} pages`)
  const pages = pdfmake.result?.pages ?? 0
  const big: Figure = {
    id: 'report.big',
    title: `${pages.toLocaleString('en')}-page report (pdfmake): time and peak memory`,
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
    note: `the sample workshop's cities repeated to ${data.cities.length}; peak RSS of the whole child process (fonts, data and PDF included)`
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
    note: `one run each; Chromium prints the report's Markdown export rendered to HTML (same sections and text, simpler layout: no running header, table of contents or matrix) until the report area exports its own HTML rendering${pdfmake.stopped || chromium.stopped ? '; a side was stopped at 90 s' : ''}`
  }
  return [big, vs]
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
      figures.push(...(await bigReport(ctx, gatherReportData(core.db, workshopId), pages)))
      return figures
    } finally {
      core.close()
    }
  }
}
