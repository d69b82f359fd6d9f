import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from '../../src/core/app'
import { buildReport } from '../../src/core/report/build'
import { gatherReportData } from '../../src/core/report/gather'
import { renderPdf } from '../../src/core/report/render'
import { countPages } from '../../src/core/report/reportWorker'
import { loadSample } from '../../src/core/sample'
import type { BenchCase, Figure } from '../figures'
import { notAvailable } from '../figures'
import { interleave, stats } from '../harness'

/**
 * Report figures. The sample workshop's PDF, warm: gather the data, build the pdfmake
 * document, render it (fonts already parsed). The 1,000-page report and its Chromium
 * counterpart need an export from the report area that has not landed yet.
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
      const samples = await interleave([{ name: 'sample', run: sample }], { rounds: ctx.rounds, iterations: 3, warmup: 2 })
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
          note: 'median of the warm runs; fonts parsed once per process'
        }
      ]
      const why = 'needs the report area to export a 1,000-page document and its HTML rendering (src/core/report)'
      figures.push(
        notAvailable('report.big', `${ctx.sizes.reportPages.toLocaleString('en')}-page report: time and peak memory`, why, '< 6 s and < 400 MB'),
        notAvailable('report.vsChromium', `${ctx.sizes.reportPages.toLocaleString('en')}-page report: pdfmake vs Chromium page.pdf()`, why, 'pdfmake ≥ 1.5× faster')
      )
      return figures
    } finally {
      core.close()
    }
  }
}
