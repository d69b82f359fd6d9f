import { z } from 'zod'
import { cityGroups } from './city'
import { id, isoDate, line, patchOf, requiredLine, timestamp } from './common'

/**
 * Themes and synergies: which cities share which cooperation themes, and the evidence
 * (practices, cooperation areas, notes) behind every shared theme.
 */

export const themeColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'Use a colour such as #1c7ed6.' })

export const themeFields = z.object({
  /** The English name; shown when the interface is in English or no Chinese name exists. */
  name: requiredLine(120),
  /** The Chinese name, shown when the interface is in Chinese. */
  nameZh: line(120).default(''),
  description: line(1000).default(''),
  colour: themeColour.default('#1c7ed6'),
  /** Words and phrases (English or Chinese) whose presence in a text suggests this theme. */
  keywords: z.array(requiredLine(100)).max(200).default([])
})

export const themeCreate = themeFields
export const themeUpdate = patchOf(themeFields).extend({ id })
export const theme = themeFields.extend({
  id,
  /** How many practices, cooperation areas and notes carry the theme. */
  usage: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp
})

/** Merging folds `sourceId` into `targetId`: every tag moves, each item keeps the theme once. */
export const themeMerge = z.object({ sourceId: id, targetId: id })

/** What a theme can be attached to. */
export const taggableKinds = ['item', 'note'] as const
export type TaggableKind = (typeof taggableKinds)[number]
export const themeTag = z.object({ target: z.enum(taggableKinds).default('item'), targetId: id, themeId: id })
export const themeTagsQuery = z.object({ workshopId: id })
/** The themes on every taggable thing of one workshop, so an editor can show them inline. */
export const themeTags = z.array(z.object({ target: z.enum(taggableKinds), targetId: id, themeIds: z.array(id) }))

/** One piece of evidence: a practice, a cooperation area or a note that carries a theme. */
export const evidenceKinds = ['practice', 'cooperation', 'note'] as const
export const evidenceItem = z.object({
  id,
  kind: z.enum(evidenceKinds),
  text: z.string(),
  cityId: id,
  workshopId: id,
  workshopTitle: z.string(),
  workshopDate: isoDate,
  themeIds: z.array(id)
})

/** One cell of the cities × themes matrix: how many items of that city carry that theme. */
export const matrixCell = z.object({
  cityId: id,
  themeId: id,
  count: z.number().int(),
  itemIds: z.array(id)
})

export const synergyCity = z.object({
  id,
  name: z.string(),
  nativeName: z.string(),
  group: z.enum(cityGroups),
  /** Number of tagged items, for sorting the rows. */
  total: z.number().int()
})

export const synergyTheme = z.object({
  id,
  name: z.string(),
  nameZh: z.string(),
  colour: themeColour,
  /** How many cities in scope carry the theme at least once. */
  cityCount: z.number().int(),
  /** Specificity: ln((cities in scope + 1) / cities with the theme); rarer themes weigh more. */
  weight: z.number()
})

export const sharedTheme = z.object({
  themeId: id,
  weight: z.number(),
  /** The items of each city that justify the shared theme. */
  evidenceA: z.array(id),
  evidenceB: z.array(id)
})

/** A suggested pairing: two cities, the themes they share and why they rank where they do. */
export const rankedPair = z.object({
  cityA: id,
  cityB: id,
  /** Sum of the weights of the shared themes. */
  score: z.number(),
  /** One city in Europe and one in China. */
  crossGroup: z.boolean(),
  sharedThemes: z.array(sharedTheme)
})

export const synergyOptions = z.object({
  /** Only cities of this group (the matrix filter). Leave out for every city. */
  group: z.enum(cityGroups).optional(),
  /** Rank Europe–China pairs before pairs within one group (scores are unchanged). */
  preferCrossGroup: z.boolean().default(false),
  /** How many pairs to return at most. */
  limit: z.number().int().min(1).max(500).default(50)
})

export const synergyQuery = synergyOptions.extend({ workshopId: id.nullable().default(null) })

export const synergies = z.object({
  /** null: across every workshop (the city dossiers over time). */
  workshopId: id.nullable(),
  cities: z.array(synergyCity),
  themes: z.array(synergyTheme),
  cells: z.array(matrixCell),
  evidence: z.array(evidenceItem),
  pairs: z.array(rankedPair)
})

export type Theme = z.infer<typeof theme>
export type ThemeCreate = z.input<typeof themeCreate>
export type ThemeUpdate = z.input<typeof themeUpdate>
export type ThemeTags = z.infer<typeof themeTags>
export type EvidenceItem = z.infer<typeof evidenceItem>
export type EvidenceKind = (typeof evidenceKinds)[number]
export type MatrixCell = z.infer<typeof matrixCell>
export type SynergyCity = z.infer<typeof synergyCity>
export type SynergyTheme = z.infer<typeof synergyTheme>
export type SharedTheme = z.infer<typeof sharedTheme>
export type RankedPair = z.infer<typeof rankedPair>
export type SynergyOptions = z.input<typeof synergyOptions>
export type Synergies = z.infer<typeof synergies>
