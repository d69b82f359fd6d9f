import { z } from 'zod'
import { id, line, patchOf, markdown, requiredLine, timestamp } from './common'

export const cityGroups = ['europe', 'china', 'other'] as const
export const cityKinds = ['city', 'region', 'metropolitan_area'] as const

export const cityFields = z.object({
  name: requiredLine(200),
  /** The name in its own script, e.g. 西安 for Xi'an. */
  nativeName: line(200).default(''),
  country: line(200).default(''),
  group: z.enum(cityGroups).default('other'),
  kind: z.enum(cityKinds).default('city'),
  notes: markdown.default('')
})

export const cityCreate = cityFields
export const cityUpdate = patchOf(cityFields).extend({ id })
export const city = cityFields.extend({ id, createdAt: timestamp, updatedAt: timestamp })
export const cityListFilter = z.object({ query: line(200).optional(), group: z.enum(cityGroups).optional() })

export type City = z.infer<typeof city>
export type CityGroup = (typeof cityGroups)[number]
export type CityKind = (typeof cityKinds)[number]
