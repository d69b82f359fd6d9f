import type { Content, ContentOrderedList } from 'pdfmake/interfaces'
import { label, sectionTitle, text, type ReportSection } from '../content'
import { scriptInlines } from '../scripts'
import { palette, type TableLayoutName } from '../styles'
import type { ReportSynergies } from '../types'

// Shades of the accent for 1, 2, 3+ tagged items: the matrix reads at a glance.
const shades = ['#ffffff', '#d6e8f2', '#a9cfe3', '#6fb0d2']

const usedThemes = (s: ReportSynergies) => s.themes.filter((t) => s.cells.some((c) => c.themeId === t.id && c.count > 0))
const countOf = (s: ReportSynergies, cityId: string, themeId: string) => s.cells.find((c) => c.cityId === cityId && c.themeId === themeId)?.count ?? 0

function pairLines(s: ReportSynergies): string[] {
  const cityName = new Map(s.cities.map((c) => [c.id, c.name]))
  const themeName = new Map(s.themes.map((t) => [t.id, t.name]))
  return s.pairs.map((p) => {
    const themes = p.sharedThemes.map((t) => themeName.get(t.themeId) ?? '').filter(Boolean).join(', ')
    return `${cityName.get(p.cityA) ?? ''} and ${cityName.get(p.cityB) ?? ''}: ${themes}`
  })
}

// Widths in points of the matrix's parts; a theme's longest word must fit its column.
const CITY_COLUMN = 104
const usableWidth = (landscape: boolean) => (landscape ? 842 : 595) - 112
const longestWord = (name: string) => Math.max(...name.split(/\s+/).map((w) => w.length)) * 7 * 0.56 + 8
const wide = (s: ReportSynergies) => usedThemes(s).length > 6

/** Theme names as column heads when they fit; otherwise numbers with a key below the matrix. */
const namesFit = (s: ReportSynergies) => {
  const themes = usedThemes(s)
  const column = (usableWidth(wide(s)) - CITY_COLUMN) / themes.length
  return themes.every((t) => longestWord(t.name) <= column)
}

/** Lists longer than this are set in two columns. */
const ONE_COLUMN_PAIRINGS = 4

/**
 * The pairings, numbered; a longer list in two columns, numbered down the first and on down
 * the second, so that it stays on the matrix's page instead of leaving a few lines alone on
 * the next one (the sample workshop's twelve pairings did).
 */
function pairingList(pairs: string[]): Content {
  const list = (part: string[], start: number): ContentOrderedList => ({ ol: part.map((p) => text(p, 'listText')), start, fontSize: 9 })
  if (pairs.length <= ONE_COLUMN_PAIRINGS) return { ...list(pairs, 1), style: 'list' }
  const half = Math.ceil(pairs.length / 2)
  // No margin below: the section ends here, and a margin that does not fit would start an empty page.
  return { columns: [list(pairs.slice(0, half), 1), list(pairs.slice(half), half + 1)], columnGap: 24 }
}

export const synergiesSection: ReportSection = {
  id: 'synergies',
  title: 'Synergies',
  available: ({ data }) => data.synergies !== null && usedThemes(data.synergies).length > 0,
  landscape: ({ data }) => data.synergies !== null && wide(data.synergies),
  pdf({ data }) {
    const s = data.synergies!
    const themes = usedThemes(s)
    const named = namesFit(s)
    const header: Content[] = [
      { text: '', style: 'tableHeader' },
      ...themes.map((t, i) => ({ text: named ? scriptInlines(t.name) : String(i + 1), style: 'tableHeader', fontSize: 7, alignment: 'center' as const }))
    ]
    const key = named ? [] : [text(themes.map((t, i) => `${i + 1} ${t.name}`).join('   ·   '), 'tableCellMuted', { margin: [0, -6, 0, 10] })]
    const rows = s.cities.map((city): Content[] => [
      text(city.name, 'tableCell'),
      ...themes.map((t): Content => {
        const n = countOf(s, city.id, t.id)
        return { text: n > 0 ? String(n) : '', alignment: 'center', style: 'tableCell', color: n > 2 ? '#ffffff' : palette.ink, fillColor: shades[Math.min(n, 3)] }
      })
    ])
    const pairs = pairLines(s)
    return [
      ...sectionTitle('Synergies', 'synergies'),
      text('How many practices, cooperation areas and notes of each city or region carry each theme.', 'talkMeta'),
      {
        table: { headerRows: 1, widths: [CITY_COLUMN - 6, ...themes.map(() => '*')], body: [header, ...rows], dontBreakRows: true },
        layout: 'matrix' satisfies TableLayoutName,
        style: 'table'
      },
      ...key,
      ...(pairs.length > 0 ? [label('Suggested pairings'), pairingList(pairs)] : [])
    ]
  },
  markdown({ data }) {
    const s = data.synergies!
    const themes = usedThemes(s)
    const head = `| City or region | ${themes.map((t) => t.name).join(' | ')} |\n|---|${themes.map(() => '---|').join('')}`
    const rows = s.cities.map((c) => `| ${c.name} | ${themes.map((t) => countOf(s, c.id, t.id) || '').join(' | ')} |`)
    const pairs = pairLines(s)
    return `## Synergies\n\n${head}\n${rows.join('\n')}${pairs.length ? `\n\n**Suggested pairings**\n\n${pairs.map((p, i) => `${i + 1}. ${p}`).join('\n')}` : ''}`
  }
}

