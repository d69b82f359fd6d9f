import type { CityGroup } from '../../shared/domain/city'
import type {
  EvidenceItem,
  MatrixCell,
  RankedPair,
  SharedTheme,
  Synergies,
  SynergyCity,
  SynergyTheme
} from '../../shared/domain/synergy'

export interface ScopeCity {
  id: string
  name: string
  nativeName: string
  group: CityGroup
}

export interface ScopeTheme {
  id: string
  name: string
  nameZh: string
  colour: string
}

export interface ScoreInput {
  workshopId: string | null
  /** Every city in scope, tagged or not: an untagged city still makes common themes less telling. */
  cities: ScopeCity[]
  themes: ScopeTheme[]
  evidence: EvidenceItem[]
}

export interface ScoreOptions {
  group?: CityGroup
  preferCrossGroup?: boolean
  limit?: number
}

/** Rounded so that equal sums computed in a different order compare equal. */
const round = (x: number): number => Math.round(x * 10_000) / 10_000

/** Plain code-point order: the same on every machine and in every interface language. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const compareCities = (a: ScopeCity, b: ScopeCity): number => compareText(a.name, b.name) || compareText(a.id, b.id)

export const isCrossGroup = (a: CityGroup, b: CityGroup): boolean =>
  (a === 'europe' && b === 'china') || (a === 'china' && b === 'europe')

/**
 * Specificity of a theme, like inverse document frequency: a theme every city has weighs
 * little, a theme only two cities have weighs a lot. The +1 keeps a universal theme above 0.
 */
export const themeWeight = (citiesInScope: number, citiesWithTheme: number): number =>
  citiesWithTheme === 0 ? 0 : round(Math.log((citiesInScope + 1) / citiesWithTheme))

/**
 * Builds the cities × themes matrix and ranks every pair of cities by the weighted themes
 * they share. Pure: the same input always gives the same order, ties included.
 */
export function scoreSynergies(input: ScoreInput, options: ScoreOptions = {}): Synergies {
  const cities = input.cities.filter((c) => !options.group || c.group === options.group).sort(compareCities)
  const inScope = new Set(cities.map((c) => c.id))
  const evidence = input.evidence.filter((e) => inScope.has(e.cityId))

  // city id → theme id → item ids
  const cellMap = new Map<string, Map<string, string[]>>()
  for (const item of evidence) {
    const row = cellMap.get(item.cityId) ?? new Map<string, string[]>()
    cellMap.set(item.cityId, row)
    for (const themeId of item.themeIds) row.set(themeId, [...(row.get(themeId) ?? []), item.id])
  }

  const cityCount = new Map<string, number>()
  for (const row of cellMap.values()) for (const themeId of row.keys()) cityCount.set(themeId, (cityCount.get(themeId) ?? 0) + 1)

  const themes: SynergyTheme[] = input.themes
    .filter((t) => cityCount.has(t.id))
    .map((t) => {
      const count = cityCount.get(t.id) ?? 0
      return { ...t, cityCount: count, weight: themeWeight(cities.length, count) }
    })
    .sort((a, b) => b.cityCount - a.cityCount || compareText(a.name, b.name) || compareText(a.id, b.id))
  const weightOf = new Map(themes.map((t) => [t.id, t.weight]))
  const nameOf = new Map(themes.map((t) => [t.id, t.name]))

  const cells: MatrixCell[] = []
  const synergyCities: SynergyCity[] = cities.map((c) => {
    const row = cellMap.get(c.id)
    const items = new Set<string>()
    for (const t of themes) {
      const ids = row?.get(t.id)
      if (!ids) continue
      ids.forEach((id) => items.add(id))
      cells.push({ cityId: c.id, themeId: t.id, count: ids.length, itemIds: ids })
    }
    return { id: c.id, name: c.name, nativeName: c.nativeName, group: c.group, total: items.size }
  })

  const pairs: RankedPair[] = []
  cities.forEach((a, i) => {
    for (const b of cities.slice(i + 1)) {
      const rowA = cellMap.get(a.id)
      const rowB = cellMap.get(b.id)
      if (!rowA || !rowB) continue
      const shared: SharedTheme[] = []
      for (const [themeId, evidenceA] of rowA) {
        const evidenceB = rowB.get(themeId)
        if (evidenceB && weightOf.has(themeId)) shared.push({ themeId, weight: weightOf.get(themeId) ?? 0, evidenceA, evidenceB })
      }
      if (shared.length === 0) continue
      shared.sort((x, y) => y.weight - x.weight || compareText(nameOf.get(x.themeId) ?? '', nameOf.get(y.themeId) ?? ''))
      const score = round(shared.reduce((sum, s) => sum + s.weight, 0))
      pairs.push({ cityA: a.id, cityB: b.id, score, crossGroup: isCrossGroup(a.group, b.group), sharedThemes: shared })
    }
  })

  const order = new Map(cities.map((c, index) => [c.id, index]))
  const position = (id: string): number => order.get(id) ?? 0
  pairs.sort(
    (x, y) =>
      (options.preferCrossGroup ? Number(y.crossGroup) - Number(x.crossGroup) : 0) ||
      y.score - x.score ||
      y.sharedThemes.length - x.sharedThemes.length ||
      position(x.cityA) - position(y.cityA) ||
      position(x.cityB) - position(y.cityB)
  )

  return {
    workshopId: input.workshopId,
    cities: synergyCities,
    themes,
    cells,
    evidence,
    pairs: pairs.slice(0, options.limit ?? 50)
  }
}
