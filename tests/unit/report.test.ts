import { describe, expect, it } from 'vitest'
import type { Content } from 'pdfmake/interfaces'
import { buildReport } from '../../src/core/report/build'
import { gatherReportData } from '../../src/core/report/gather'
import { reportMarkdown } from '../../src/core/report/markdownExport'
import { freshCore } from '../helpers/core'
import { createReportWorkshop, flagshipActions, handMadeAgenda, reportCities, speakerQuote } from '../helpers/reportWorkshop'

/** Every piece of text in a document definition, in reading order. */
export function textOf(node: unknown): string {
  if (typeof node === 'string') return node
  if (Array.isArray(node)) return node.map(textOf).join('')
  if (!node || typeof node !== 'object') return ''
  const n = node as Record<string, unknown>
  if ('text' in n) return textOf(n.text)
  return ['stack', 'ul', 'ol', 'columns', 'table', 'body'].map((key) => (key in n ? ` ${textOf(n[key])} ` : '')).join('')
}

async function sampleData(agenda = true) {
  const core = freshCore()
  const { workshop, speaker } = await createReportWorkshop(core)
  const data = gatherReportData({ db: core.db, dataFile: core.dataFile, transport: 'test' }, workshop.id)
  if (agenda) data.agenda ??= handMadeAgenda(workshop.id, speaker.id)
  return data
}

describe('the report document', () => {
  it('holds every city, every quote and every flagship action of the workshop', async () => {
    const data = await sampleData()
    const text = textOf(buildReport(data).content as Content)
    for (const city of reportCities) {
      expect(text).toContain(city.name)
      if (city.nativeName) expect(text).toContain(city.nativeName)
      for (const quote of city.quote) expect(text).toContain(quote)
    }
    for (const action of flagshipActions) expect(text).toContain(action.replace("'", '’'))
    expect(text).toContain(speakerQuote)
    expect(text).toContain('brought together representatives from 5 cities and regions in Europe and China')
  })

  it('follows the chosen sections and order, and keeps private notes out unless asked', async () => {
    const data = await sampleData()
    const only = buildReport(data, { sections: ['caseStudies', 'cover'] })
    const text = textOf(only.content as Content)
    expect(text.indexOf('City case studies')).toBeLessThan(text.indexOf('WORKSHOP REPORT'))
    expect(text).not.toContain('Speakers')
    expect(textOf(buildReport(data).content as Content)).not.toContain('keep this talk short')
    expect(textOf(buildReport(data, { includePrivateNotes: true }).content as Content)).toContain('keep this talk short')
    expect(buildReport(data, { paper: 'letter' }).pageSize).toBe('LETTER')
    expect(textOf(buildReport(data, { titleOverride: 'Short title' }).content as Content)).toContain('Short title')
  })

  it('prints only approved quotes when consent is required', async () => {
    const data = await sampleData(false)
    data.cities[1]!.items = data.cities[1]!.items.map((i) => (i.kind === 'quote' ? { ...i, approved: false } : i))
    const text = textOf(buildReport(data, { approvedQuotesOnly: true }).content as Content)
    expect(text).not.toContain(reportCities[1].quote[0])
    expect(text).toContain(reportCities[2].quote[0])
  })

  it('leaves out sections without data, and prints synergies and action items when they exist', async () => {
    const data = await sampleData(false)
    const sectionIds = (doc: unknown) => [...JSON.stringify(doc).matchAll(/"id":"section-(\w+)"/g)].map((m) => m[1])
    expect(sectionIds(buildReport(data).content)).toEqual(['introduction', 'speakers', 'caseStudies', 'conclusions'])
    const [a, b] = data.cities
    data.synergies = {
      cities: data.cities.map((c) => ({ id: c.id, name: c.name, nativeName: c.nativeName })),
      themes: [{ id: 't1', name: 'Vocational training', nameZh: '职业培训' }],
      cells: [{ cityId: a!.id, themeId: 't1', count: 2 }, { cityId: b!.id, themeId: 't1', count: 1 }],
      pairs: [{ cityA: a!.id, cityB: b!.id, score: 1.2, crossGroup: true, sharedThemes: [{ themeId: 't1' }] }]
    }
    data.actionItems = [{ text: 'Share the curriculum', owner: 'Hangzhou', due: '2021-09-01', done: false, cityName: 'Hangzhou' }]
    const text = textOf(buildReport(data).content as Content)
    expect(sectionIds(buildReport(data).content)).toEqual(['introduction', 'speakers', 'caseStudies', 'synergies', 'actionItems', 'conclusions'])
    expect(text).toContain('Sofia and Hangzhou: Vocational training')
    expect(text).toContain('Share the curriculum')
    expect(reportMarkdown(data)).toMatch(/## Synergies[\s\S]*## Action items/)
  })
})
