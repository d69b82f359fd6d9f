import { z } from 'zod'
import { id, line, patchOf, markdown, requiredLine, timestamp } from './common'

export const speakerFields = z.object({
  name: requiredLine(200),
  role: line(300).default(''),
  organisation: line(300).default(''),
  cityId: id.nullable().default(null),
  bio: markdown.default(''),
  email: z
    .union([z.literal(''), z.email({ error: 'Not a valid e-mail address.' }).max(320)])
    .default('')
})

export const speakerCreate = speakerFields
export const speakerUpdate = patchOf(speakerFields).extend({ id })
export const speaker = speakerFields.extend({ id, createdAt: timestamp, updatedAt: timestamp })
export const speakerListFilter = z.object({ query: line(200).optional(), cityId: id.optional() })

export type Speaker = z.infer<typeof speaker>
