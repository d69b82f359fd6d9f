import type { BenchCase } from '../figures'
import { notAvailable } from '../figures'

/** Report: pdfmake for the sample workshop and a 1,000-page report, against Chromium page.pdf(). */
export const reportCase: BenchCase = {
  id: 'report',
  title: 'Report: pdfmake vs Chromium',
  async run() {
    const why = 'the report builder (src/core/report) has not landed yet'
    return [
      notAvailable('report.sample', 'sample workshop PDF, warm', why, '< 150 ms'),
      notAvailable('report.big', '1,000-page report: time and peak memory', why, '< 6 s and < 400 MB'),
      notAvailable('report.vsChromium', '1,000-page report: pdfmake vs Chromium page.pdf()', why, 'pdfmake ≥ 1.5× faster')
    ]
  }
}
