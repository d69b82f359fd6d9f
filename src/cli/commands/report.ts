import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { paperSizes, reportFormats, type ReportJob } from '../../shared/contract/report'
import type { CliCommand } from '../command'

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms))

export const reportCommand: CliCommand = {
  name: 'report',
  usage: 'report --workshop ID --out FILE [--format pdf|md] [--paper a4|letter]',
  summary: 'Write the summary report of a workshop as PDF or Markdown.',
  options: { workshop: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, paper: { type: 'string' } },
  async run({ values, core, io }) {
    const workshopId = typeof values.workshop === 'string' ? values.workshop : ''
    const out = typeof values.out === 'string' ? values.out : ''
    const format = (values.format ?? (out.toLowerCase().endsWith('.md') ? 'md' : 'pdf')) as string
    const paper = (values.paper ?? 'a4') as string
    if (!core || !workshopId || !out) {
      io.err('Say which workshop and where to write: report --workshop ID --out FILE.pdf (ids: list workshops).')
      return 2
    }
    if (!(reportFormats as readonly string[]).includes(format) || !(paperSizes as readonly string[]).includes(paper)) {
      io.err('--format is pdf or md; --paper is a4 or letter.')
      return 2
    }
    // The same settings the facilitator chose in the app's composer, with the paper given here.
    const settings = await core.run('getReportSettings', { workshopId })
    let job: ReportJob = await core.run('startReport', { ...settings, workshopId, format: format as 'pdf' | 'md', paper: paper as 'a4' | 'letter' })
    do {
      await wait(100)
      job = await core.run('getReportJob', { jobId: job.jobId })
    } while (job.status === 'running')
    if (job.status === 'failed' || job.data === null) {
      io.err(`The report could not be made: ${job.error ?? 'no data'}`)
      return 1
    }
    const file = resolve(out)
    writeFileSync(file, format === 'pdf' ? Buffer.from(job.data, 'base64') : job.data)
    io.out(`Wrote ${file}${job.pageCount ? ` (${job.pageCount} pages)` : ''}.`)
    return 0
  }
}
