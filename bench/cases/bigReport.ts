import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { buildReport } from '../../src/core/report/build'
import { renderPdf, reportPdfMake } from '../../src/core/report/render'
import { countPages } from '../../src/core/report/reportWorker'
import { bigReportData } from '../../src/core/report/benchmark'

/**
 * Peak RSS of this process in MB. Linux carries getrusage's maxRSS over exec from the forked
 * parent, so a child of a bench that has grown to gigabytes (generating 100,000 notes)
 * reported the parent's peak; VmHWM is the high-water mark of this process's own memory.
 */
function peakRssMb(): number {
  if (existsSync('/proc/self/status')) {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (hwm) return Number(hwm[1]) / 1024
  }
  return process.resourceUsage().maxRSS / 1024
}

/**
 * One side of the big-report figure, in its own process so its peak memory is its own.
 * Both sides start warm (pdfmake's fonts loaded, Chromium launched) and time one document.
 * Usage: bigReport.ts pdfmake PAGES | chromium REPORT.html. Prints one JSON line.
 */
async function main(): Promise<void> {
  const [side, file] = process.argv.slice(2) as ['pdfmake' | 'chromium', string]
  // pdfmake: `file` is the page count to aim at; Chromium: the HTML file to print.
  if (side === 'pdfmake') {
    const data = bigReportData(Number(file))
    reportPdfMake()
    const start = performance.now()
    const pdf = await renderPdf(buildReport(data))
    const ms = performance.now() - start
    console.log(JSON.stringify({ ms, pages: countPages(pdf), bytes: pdf.length, maxRssMb: peakRssMb() }))
    return
  }
  const html = readFileSync(file, 'utf8')
  // Loaded here, not at the top: the pdfmake side's peak memory should not include Playwright.
  const { launchChromium } = await import('./browser')
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    const start = performance.now()
    await page.setContent(html, { waitUntil: 'load' })
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } })
    const ms = performance.now() - start
    // Chromium compresses its page objects: the parent counts the pages with pdfinfo.
    writeFileSync(`${file}.pdf`, pdf)
    console.log(JSON.stringify({ ms, pages: 0, bytes: pdf.length, maxRssMb: peakRssMb() }))
  } finally {
    await browser.close()
  }
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
