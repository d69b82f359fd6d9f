import { cityGroups, type CityGroup } from '../../shared/domain/city'
import type { Synergies } from '../../shared/domain/synergy'
import { plainText } from '../../shared/synergy/plainText'
import type { CliCommand } from '../command'
import { table } from '../format'

const oneLine = (text: string, max = 90): string => {
  const flat = plainText(text)
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Themes are numbered in the matrix header and named in a legend: full names would not fit. */
export function formatSynergies(result: Synergies): string {
  if (result.cells.length === 0) return 'No themes tagged yet: tag practices and cooperation areas with themes first.'
  const cityName = new Map(result.cities.map((c) => [c.id, c.name]))
  const themeName = new Map(result.themes.map((t) => [t.id, t.name]))
  const evidence = new Map(result.evidence.map((e) => [e.id, e]))
  const count = new Map(result.cells.map((c) => [`${c.cityId} ${c.themeId}`, c.count]))
  const matrix = table(
    ['City', 'Group', ...result.themes.map((_, i) => `T${i + 1}`)],
    result.cities.map((c) => [c.name, c.group, ...result.themes.map((t) => String(count.get(`${c.id} ${t.id}`) ?? '·'))])
  )
  const legend = result.themes.map((t, i) => `T${i + 1}  ${t.name} (${t.cityCount} ${t.cityCount === 1 ? 'city' : 'cities'}, weight ${t.weight.toFixed(2)})`)
  const pairs = result.pairs.flatMap((p, i) => [
    `${i + 1}. ${cityName.get(p.cityA)} + ${cityName.get(p.cityB)}  score ${p.score.toFixed(2)}${p.crossGroup ? '  Europe–China' : ''}`,
    ...p.sharedThemes.flatMap((s) => [
      `   ${themeName.get(s.themeId)} (+${s.weight.toFixed(2)})`,
      ...[...s.evidenceA, ...s.evidenceB].map((id) => {
        const e = evidence.get(id)
        return e ? `     - ${cityName.get(e.cityId)}, ${e.kind}: ${oneLine(e.text)}` : `     - ${id}`
      })
    ])
  ])
  return [
    'Themes by city (number of tagged practices and cooperation areas)',
    '',
    matrix,
    '',
    ...legend,
    '',
    'Suggested pairings (score: sum of shared themes, each weighted by how few cities have it)',
    '',
    ...(pairs.length > 0 ? pairs : ['No two cities share a theme yet.'])
  ].join('\n')
}

export const synergiesCommand: CliCommand = {
  name: 'synergies',
  usage: 'synergies [--workshop ID] [--group europe|china|other] [--cross-group] [--json]',
  summary: 'Print the cities × themes matrix and the city pairs ranked by shared themes (all workshops without --workshop).',
  options: { workshop: { type: 'string' }, group: { type: 'string' }, 'cross-group': { type: 'boolean' }, json: { type: 'boolean' } },
  async run({ values, core, io }) {
    if (!core) return 2
    const group = typeof values.group === 'string' ? values.group : undefined
    if (group !== undefined && !(cityGroups as readonly string[]).includes(group)) {
      io.err(`--group must be one of ${cityGroups.join(', ')}.`)
      return 2
    }
    const result = await core.run('getSynergies', {
      workshopId: typeof values.workshop === 'string' ? values.workshop : null,
      group: group as CityGroup | undefined,
      preferCrossGroup: values['cross-group'] === true
    })
    io.out(values.json ? JSON.stringify(result, null, 2) : formatSynergies(result))
    return 0
  }
}
