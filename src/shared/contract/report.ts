import { z } from 'zod'
import { id } from '../domain/common'
import { method } from './define'

/** The report's sections, in their default order. The composer may drop and reorder them. */
export const reportSectionIds = [
  'cover',
  'contents',
  'introduction',
  'speakers',
  'agenda',
  'talks',
  'caseStudies',
  'synergies',
  'actionItems',
  'conclusions'
] as const
export type ReportSectionId = (typeof reportSectionIds)[number]

export const paperSizes = ['a4', 'letter'] as const
export const reportFormats = ['pdf', 'md'] as const

export const reportSettings = z.object({
  sections: z.array(z.enum(reportSectionIds)).max(reportSectionIds.length).default([...reportSectionIds]),
  paper: z.enum(paperSizes).default('a4'),
  /** Facilitator notes are private: they go into the report only when asked for. */
  includePrivateNotes: z.boolean().default(false),
  /** Print only the quotes marked as approved for publication. */
  approvedQuotesOnly: z.boolean().default(false),
  /** Replaces the workshop's title on the cover and in the running header; empty keeps it. */
  titleOverride: z.string().trim().max(300).default('')
})

export const reportRequest = reportSettings.extend({ workshopId: id, format: z.enum(reportFormats).default('pdf') })

export const reportJobStatuses = ['running', 'done', 'failed'] as const

/** A report being generated off the main thread; poll it until it is done or failed. */
export const reportJob = z.object({
  jobId: z.string(),
  status: z.enum(reportJobStatuses),
  /** 0 to 1. */
  progress: z.number(),
  fileName: z.string(),
  mimeType: z.string(),
  pageCount: z.number().int().nullable(),
  /** The finished file, base64-encoded (PDF) or as text (Markdown); null until done. */
  data: z.string().nullable(),
  error: z.string().nullable()
})

export const reportMethods = {
  /** Starts generating a report and returns at once with its job; rendering runs in a worker thread. */
  startReport: method(reportRequest, reportJob, { transaction: false }),
  /** The job's progress; once done, its file (returned once, then forgotten). */
  getReportJob: method(z.object({ jobId: z.string().max(100) }), reportJob, { transaction: false }),
  getReportSettings: method(z.object({ workshopId: id }), reportSettings),
  saveReportSettings: method(reportSettings.extend({ workshopId: id }), reportSettings)
}

export type ReportSettings = z.infer<typeof reportSettings>
export type ReportRequest = z.infer<typeof reportRequest>
export type ReportJob = z.infer<typeof reportJob>
