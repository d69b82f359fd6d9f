import { z } from 'zod'
import { id, line, markdown, patchOf, positionList, timestamp } from './common'

/** What a line in a city's case study is; the seed document uses all four. */
export const caseStudyItemKinds = ['practice', 'cooperation', 'quote', 'follow_up'] as const
export type CaseStudyItemKind = (typeof caseStudyItemKinds)[number]

export const participation = z.object({ workshopId: id, cityId: id })
export const speakerLink = z.object({ workshopId: id, speakerId: id })

export const caseStudyItemFields = z.object({
  kind: z.enum(caseStudyItemKinds),
  text: markdown.refine((t) => t.trim().length > 0, { error: 'Write something first.' }),
  /** For quotes: who said it. A speaker, a free-text attribution (e.g. the city), or both. */
  speakerId: id.nullable().default(null),
  attribution: line(300).default(''),
  /** Consent to publish: reports that honour consent print only approved quotes. */
  approved: z.boolean().default(false)
})

export const caseStudyItemCreate = caseStudyItemFields.extend(participation.shape)
export const caseStudyItemUpdate = patchOf(caseStudyItemFields).extend({ id })
export const caseStudyItem = caseStudyItemFields.extend({
  id,
  workshopId: id,
  cityId: id,
  position: z.number().int(),
  createdAt: timestamp
})

export const caseStudyReorder = participation.extend({ kind: z.enum(caseStudyItemKinds), ids: positionList })

export const caseStudySummaryUpdate = participation.extend({ summary: markdown })

export const caseStudy = z.object({
  workshopId: id,
  cityId: id,
  summary: z.string(),
  position: z.number().int(),
  items: z.array(caseStudyItem)
})

export type CaseStudyItem = z.infer<typeof caseStudyItem>
export type CaseStudy = z.infer<typeof caseStudy>
