import type { Handlers } from '../../shared/contract'
import { reportSettings, type ReportSettings } from '../../shared/contract/report'
import { AppError } from '../../shared/errors'
import { readSetting, writeSetting } from '../db/settings'
import { gatherReportData } from '../report/gather'
import { createReportJobs } from '../report/jobs'
import { reportMarkdown } from '../report/markdownExport'
import type { ServiceContext } from './context'

const settingsKey = (workshopId: string) => `report.${workshopId}`

/** A safe file name from the workshop's title: letters, digits and dashes. */
export const reportFileName = (title: string, date: string, extension: string) =>
  `${date} ${title}`.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) + `.${extension}`

export const reportHandlers = (context: ServiceContext) => {
  const { db } = context
  const jobs = createReportJobs()
  // Stored settings from an older version may not parse: fall back to the defaults, never fail.
  const readSettings = (workshopId: string): ReportSettings => {
    const stored = readSetting(db, settingsKey(workshopId))
    let value: unknown = {}
    try {
      value = stored ? JSON.parse(stored) : {}
    } catch {
      value = {}
    }
    const parsed = reportSettings.safeParse(value)
    return parsed.success ? parsed.data : reportSettings.parse({})
  }
  return {
    startReport: ({ workshopId, format, ...options }) => {
      const data = gatherReportData(db, workshopId)
      const title = options.titleOverride || data.workshop.title
      if (format === 'md') {
        return jobs.finished(reportFileName(title, data.workshop.date, 'md'), 'text/markdown', reportMarkdown(data, options))
      }
      return jobs.startPdf(reportFileName(title, data.workshop.date, 'pdf'), { data, options })
    },
    getReportJob: ({ jobId }) => {
      const job = jobs.get(jobId)
      if (!job) throw new AppError('not_found', 'That report is no longer being made; start it again.')
      return job
    },
    getReportSettings: ({ workshopId }) => readSettings(workshopId),
    saveReportSettings: ({ workshopId, ...settings }) => {
      writeSetting(db, settingsKey(workshopId), JSON.stringify(settings))
      return readSettings(workshopId)
    }
  } satisfies Partial<Handlers>
}
