import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RoundtableCore } from '../../src/core/app'
import type { ReportJob, ReportRequest } from '../../src/shared/contract/report'
import { freshCore, tempDir } from '../helpers/core'
import { createReportWorkshop, flagshipActions, reportCities, speakerQuote } from '../helpers/reportWorkshop'

/** Starts a report through the API and polls it to the end, as the app does. */
export async function makeReport(core: RoundtableCore, request: Partial<ReportRequest> & { workshopId: string }): Promise<ReportJob> {
  let job = await core.run('startReport', request)
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
    const { workshop } = await createReportWorkshop(core)
    const job = await makeReport(core, { workshopId: workshop.id })
    expect(job).toMatchObject({ status: 'done', mimeType: 'application/pdf', error: null })
    const file = join(tempDir(), 'report.pdf')
    writeFileSync(file, Buffer.from(job.data!, 'base64'))

    const text = pdftotext(file).replace(/\s+/g, ' ')
    expect(text).toContain('Floriske Deutman')
    expect(text).toContain('5 cities and regions in Europe and China')
    const cities = reportCities.map((c) => c.name)
    expectInOrder(text, ['Contents', ...cities, 'City case studies', ...cities])
    expect(text).toContain('西安')
    for (const city of reportCities) for (const quote of city.quote) expect(text).toContain(quote.slice(0, 40))
    // The agenda holds the talk with the flagship actions when the agenda area provides it.
    if (text.includes('Talks')) expectInOrder(text, [...flagshipActions.map((a) => a.slice(0, 30)), speakerQuote.slice(0, 30)])

    // No word lies outside the page box.
    const bbox = pdftotext(file, '-bbox')
    const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(bbox)!
    const [width, height] = [Number(page[1]), Number(page[2])]
    for (const word of bbox.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">/g)) {
      const [x0, y0, x1, y1] = word.slice(1).map(Number) as [number, number, number, number]
      expect(x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height, `word at ${x0},${y0}-${x1},${y1}`).toBe(true)
    }
    // The same data gives the same number of pages.
    const again = await makeReport(core, { workshopId: workshop.id })
    expect(again.pageCount).toBe(job.pageCount)
    expect(job.pageCount).toBeGreaterThanOrEqual(5)
  })

  it('exports the same sections as Markdown, in the same order', async () => {
    const core = freshCore()
    const { workshop } = await createReportWorkshop(core)
    const job = await makeReport(core, { workshopId: workshop.id, format: 'md' })
    expect(job.mimeType).toBe('text/markdown')
    expect(job.fileName).toMatch(/^2021-06-24-New-Skills.*\.md$/)
    expectInOrder(job.data!, ['# New Skills Agenda', '## Introduction', '## Speakers', '## City case studies', "### Xi'an 西安", '## Key messages and conclusions'])
  })

  it('remembers the composer settings per workshop', async () => {
    const core = freshCore()
    const { workshop } = await createReportWorkshop(core)
    expect((await core.run('getReportSettings', { workshopId: workshop.id })).paper).toBe('a4')
    await core.run('saveReportSettings', { workshopId: workshop.id, paper: 'letter', sections: ['cover', 'caseStudies'], titleOverride: 'Summary' })
    expect(await core.run('getReportSettings', { workshopId: workshop.id })).toMatchObject({ paper: 'letter', sections: ['cover', 'caseStudies'], titleOverride: 'Summary' })
    core.db.prepare("UPDATE settings SET value = 'not json' WHERE key = ?").run(`report.${workshop.id}`)
    expect((await core.run('getReportSettings', { workshopId: workshop.id })).paper).toBe('a4')
  })
})
