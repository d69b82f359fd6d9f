import { z } from 'zod'

/** The kinds of thing the search box finds, in the order their groups are shown. */
export const searchKinds = ['workshop', 'agenda_item', 'note', 'quote', 'case_study', 'action_item', 'city', 'speaker'] as const
export type SearchKind = (typeof searchKinds)[number]

/**
 * Hits per kind on the results screen before "Show all": a few of each kind, so that the
 * first screen shows what kinds of thing matched, and a common word answers at once.
 */
export const searchFirstPage = 5

/** Part of a snippet; `hit` parts are the words that matched and are shown highlighted. */
export const snippetPart = z.object({ text: z.string(), hit: z.boolean() })

/** Where a click on a result goes, in the renderer's route terms. */
export const searchTarget = z.discriminatedUnion('section', [
  z.object({ section: z.literal('workshop'), id: z.string(), tab: z.string(), focus: z.string().optional() }),
  z.object({ section: z.literal('speakers'), id: z.string() }),
  z.object({ section: z.literal('cities'), id: z.string() }),
  z.object({ section: z.literal('other'), name: z.string(), id: z.string().optional() })
])

export const searchHit = z.object({
  kind: z.enum(searchKinds),
  id: z.string(),
  title: z.string(),
  /** The workshop the hit belongs to, for context ('' for workshops themselves, speakers and cities). */
  workshopTitle: z.string(),
  snippet: z.array(snippetPart),
  target: searchTarget
})

export const searchGroup = z.object({
  kind: z.enum(searchKinds),
  hits: z.array(searchHit),
  /** True when more rows matched than the group shows. */
  more: z.boolean()
})

export const searchInput = z.object({
  query: z.string().max(500, { error: 'At most 500 characters.' }),
  perKind: z.number().int().min(1).max(500).default(50),
  /** Only these kinds (all when absent): the results screen's "Show all" asks for one. */
  kinds: z.array(z.enum(searchKinds)).max(searchKinds.length).optional()
})

export const searchResult = z.object({ query: z.string(), groups: z.array(searchGroup) })

export type SnippetPart = z.infer<typeof snippetPart>
export type SearchHit = z.infer<typeof searchHit>
export type SearchGroup = z.infer<typeof searchGroup>
export type SearchResult = z.infer<typeof searchResult>
export type SearchTarget = z.infer<typeof searchTarget>
