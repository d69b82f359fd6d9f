import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RoundtableCore } from '../../src/core/app'
import type { ReportJob, ReportRequest } from '../../src/shared/contract/report'
import { gatherReportData } from '../../src/core/report/gather'
import { loadSample, sampleCities, sampleSpeaker, sampleTalk } from '../../src/core/sample'
import { freshCore, tempDir } from '../helpers/core'

/** Starts a report through the API and polls it to the end, as the app does. */
export async function makeReport(core: RoundtableCore, request: Partial<ReportRequest> & { workshopId: string }): Promise<ReportJob> {
  let job = await core.run('startReport', request)
  // A PDF is made on the worker thread: the call returns before the file exists.
  if (request.format !== 'md') expect(job).toMatchObject({ status: 'running', data: null })
  const seen = [job.progress]
  // The file comes with the first poll after the job is done, never with the start.
  do {
    await new Promise((resolve) => setTimeout(resolve, 50))
    job = await core.run('getReportJob', { jobId: job.jobId })
    seen.push(job.progress)
  } while (job.status === 'running')
  expect(seen).toEqual([...seen].sort((a, b) => a - b))
  return job
}

const pdftotext = (file: string, ...args: string[]) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' })

/** Lines joined, a hyphen at a line end rejoined, and typographic quotes made plain. */
const words = (text: string) => text.replace(/-\s+/g, '-').replace(/\s+/g, ' ').replace(/[’‘]/g, "'")

/** Asserts every needle appears, each after the previous one. */
function expectInOrder(haystack: string, needles: string[]): void {
  let from = 0
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from)
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0)
    from = at + needle.length
  }
}

describe('the PDF report of a workshop', () => {
  it('prints every city, speaker, flagship action and quote in order, inside the page', async () => {
    const core = freshCore()
    const { workshopId } = await loadSample(core)
    const job = await makeReport(core, { workshopId })
    expect(job).toMatchObject({ status: 'done', mimeType: 'application/pdf', error: null })
    const file = join(tempDir(), 'report.pdf')
    writeFileSync(file, Buffer.from(job.data!, 'base64'))

    const text = words(pdftotext(file))
    expect(text).toContain(sampleSpeaker.name)
    expect(text).toContain('10 cities and regions in Europe and China')
    expect(text).toContain('西安')
    const cities = sampleCities.map((c) => c.name)
    expectInOrder(text, ['Contents', ...cities, 'Agenda', sampleTalk.title, 'Talks', ...sampleTalk.flagshipActions, 'City case studies'])
    expectInOrder(text.slice(text.lastIndexOf('City case studies')), sampleCities.flatMap((c) => [c.name, ...c.quotes.map((q) => words(q))]))

    // No word lies outside its page's box (the synergy matrix may sit on a landscape page).
    for (const page of pdftotext(file, '-bbox').split('<page ').slice(1)) {
      const [width, height] = /^width="([\d.]+)" height="([\d.]+)"/.exec(page)!.slice(1).map(Number) as [number, number]
      for (const word of page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">/g)) {
        const [x0, y0, x1, y1] = word.slice(1).map(Number) as [number, number, number, number]
        expect(x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height, `word at ${x0},${y0}-${x1},${y1} on ${width}×${height}`).toBe(true)
      }
    }
    // Every page holds more than its running header and footer, and the suggested pairings
    // stay on the synergy matrix's page (twelve of them once left a page of their own).
    const pages = pdftotext(file).split('\f').slice(0, job.pageCount!)
    const { title } = (await core.run('getWorkshop', { id: workshopId })).workshop
    const running = (line: string) => line === title || line === 'Roundtable workshop report' || /^\d+ \/ \d+$/.test(line)
    pages.forEach((page, i) => expect(page.split('\n').filter((line) => line.trim() && !running(line.trim())), `page ${i + 1}`).not.toEqual([]))
    const { pairs } = gatherReportData(core.db, workshopId).synergies!
    expect(pairs.length).toBeGreaterThan(8)
    const matrixPage = pages.find((page) => page.includes('SUGGESTED PAIRINGS'))!
    expect(pairs.map((_, i) => matrixPage.includes(`${i + 1}. `))).toEqual(pairs.map(() => true))
    // The same data gives the same number of pages.
    const again = await makeReport(core, { workshopId })
    expect(again.pageCount).toBe(job.pageCount)
    expect(job.pageCount).toBeGreaterThanOrEqual(10)
  })

  it('exports the same sections as Markdown, in the same order', async () => {
    const core = freshCore()
    const { workshopId } = await loadSample(core)
    const job = await makeReport(core, { workshopId, format: 'md' })
    expect(job.mimeType).toBe('text/markdown')
    expect(job.fileName).toMatch(/^2021-06-24-New-skills.*\.md$/)
    expectInOrder(job.data!, ['# New skills', '## Introduction', '## Speakers', '## Agenda', '## Talks', '## City case studies', "### Xi'an 西安", '## Key messages and conclusions'])
  })

  it('remembers the composer settings per workshop', async () => {
    const core = freshCore()
    const { workshopId } = await loadSample(core)
    const workshop = { id: workshopId }
    expect((await core.run('getReportSettings', { workshopId: workshop.id })).paper).toBe('a4')
    await core.run('saveReportSettings', { workshopId: workshop.id, paper: 'letter', sections: ['cover', 'caseStudies'], titleOverride: 'Summary' })
    expect(await core.run('getReportSettings', { workshopId: workshop.id })).toMatchObject({ paper: 'letter', sections: ['cover', 'caseStudies'], titleOverride: 'Summary' })
    core.db.prepare("UPDATE settings SET value = 'not json' WHERE key = ?").run(`report.${workshop.id}`)
    expect((await core.run('getReportSettings', { workshopId: workshop.id })).paper).toBe('a4')
  })
})
