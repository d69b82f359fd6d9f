import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { bigReportData } from '../../src/core/report/benchmark'
import { createReportJobs, type ReportJobs } from '../../src/core/report/jobs'
import type { ReportData } from '../../src/core/report/types'

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
 * A PDF made the way the app makes it: a job on the report worker, asked until it is done.
 * Its pages and size as the job tells them (the app hands the base64 text on as it is).
 */
async function made(jobs: ReportJobs, data: ReportData): Promise<{ pages: number; bytes: number }> {
  const { jobId } = jobs.startPdf('report.pdf', { data, options: {} })
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 10))
    const job = jobs.get(jobId)
    if (job?.status === 'done') return { pages: job.pageCount!, bytes: Buffer.byteLength(job.data!, 'base64') }
    if (job?.status !== 'running') throw new Error(job?.error ?? 'the report job was lost')
  }
}

/**
 * One side of the big-report figure, in its own process so its peak memory is its own.
 * Both sides start warm and time one document. pdfmake runs as in the app: on the report
 * worker thread (with its memory limits), warmed by a 2-page report of the same kind (as an
 * earlier report or the composer's preview leaves it: the worker started, its fonts parsed),
 * the data sent to it and the PDF handed back as the app's jobs do. The peak memory is the
 * whole process's, both threads. Chromium is launched first.
 * Usage: bigReport.ts pdfmake PAGES | chromium REPORT.html. Prints one JSON line.
 */
async function main(): Promise<void> {
  const [side, file] = process.argv.slice(2) as ['pdfmake' | 'chromium', string]
  // pdfmake: `file` is the page count to aim at; Chromium: the HTML file to print.
  if (side === 'pdfmake') {
    const jobs = createReportJobs()
    try {
      await made(jobs, bigReportData(2))
      const data = bigReportData(Number(file))
      const start = performance.now()
      const pdf = await made(jobs, data)
      const ms = performance.now() - start
      console.log(JSON.stringify({ ms, ...pdf, maxRssMb: peakRssMb() }))
    } finally {
      jobs.stop()
    }
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
