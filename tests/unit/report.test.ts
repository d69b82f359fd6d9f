import { describe, expect, it } from 'vitest'
import type { Content } from 'pdfmake/interfaces'
import { buildReport } from '../../src/core/report/build'
import { gatherReportData } from '../../src/core/report/gather'
import { reportMarkdown } from '../../src/core/report/markdownExport'
import { loadSample, sampleCities, sampleSpeaker, sampleTalk } from '../../src/core/sample'
import { freshCore } from '../helpers/core'

/** Every piece of text in a document definition, in reading order. */
export function textOf(node: unknown): string {
  if (typeof node === 'string') return node
  if (Array.isArray(node)) return node.map(textOf).join('')
  if (!node || typeof node !== 'object') return ''
  const n = node as Record<string, unknown>
  if ('text' in n) return textOf(n.text)
  return ['stack', 'ul', 'ol', 'columns', 'table', 'body'].map((key) => (key in n ? ` ${textOf(n[key])} ` : '')).join('')
}

async function sampleData() {
  const core = freshCore()
  const { workshopId } = await loadSample(core)
  return gatherReportData(core.db, workshopId)
}

/** Typography turns ' into ’ in Markdown; compare the words. */
const plainQuotes = (s: string) => s.replace(/[’‘]/g, "'")

describe('the report document', () => {
  it('holds every city, every quote and every flagship action of the workshop', async () => {
    const data = await sampleData()
    const text = plainQuotes(textOf(buildReport(data).content as Content))
    for (const city of sampleCities) {
      expect(text).toContain(city.name)
      expect(text).toContain(city.nativeName)
      for (const quote of city.quotes) expect(text).toContain(plainQuotes(quote))
    }
    for (const action of sampleTalk.flagshipActions) expect(text).toContain(plainQuotes(action))
    expect(text).toContain(sampleSpeaker.name)
    expect(text).toContain('brought together representatives from 10 cities and regions in Europe and China')
  })

  it('follows the chosen sections and order, and keeps private notes out unless asked', async () => {
    const data = await sampleData()
    const only = buildReport(data, { sections: ['caseStudies', 'cover'] })
    const text = textOf(only.content as Content)
    expect(text.indexOf('City case studies')).toBeLessThan(text.indexOf('WORKSHOP REPORT'))
    expect(text).not.toContain('Speakers')
    const talk = data.agenda!.items.find((i) => i.title === sampleTalk.title)!
    talk.facilitatorNotes = 'Keep this talk short.'
    expect(textOf(buildReport(data).content as Content)).not.toContain('Keep this talk short')
    expect(textOf(buildReport(data, { includePrivateNotes: true }).content as Content)).toContain('Keep this talk short')
    expect(buildReport(data, { paper: 'letter' }).pageSize).toBe('LETTER')
    expect(textOf(buildReport(data, { titleOverride: 'Short title' }).content as Content)).toContain('Short title')
  })

  it('shows planned and actual times once the workshop has been run live', async () => {
    const data = await sampleData()
    expect(textOf(buildReport(data).content as Content)).not.toContain('Actual')
    const first = data.agenda!.items[0]!
    first.actualStart = '2021-06-24T08:02:00Z'
    first.actualEnd = '2021-06-24T08:15:00Z'
    const text = textOf(buildReport(data).content as Content)
    expect(text).toContain('Actual')
    expect(text).toContain('10:02–10:15')
  })

  it('prints only approved quotes when consent is required', async () => {
    const data = await sampleData()
    const [withheld, kept] = data.cities.filter((c) => c.items.some((i) => i.kind === 'quote'))
    withheld!.items = withheld!.items.map((i) => (i.kind === 'quote' ? { ...i, approved: false } : i))
    const quoteOf = (city: typeof withheld) => city!.items.find((i) => i.kind === 'quote')!.text
    expect(textOf(buildReport(data).content as Content)).toContain(quoteOf(withheld))
    const text = textOf(buildReport(data, { approvedQuotesOnly: true }).content as Content)
    expect(text).not.toContain(quoteOf(withheld))
    expect(text).toContain(quoteOf(kept))
  })

  it('leaves out sections without data, and prints synergies and action items when they exist', async () => {
    const data = await sampleData()
    data.agenda = null
    data.synergies = null
    data.actionItems = null
    const sectionIds = (doc: unknown) => [...JSON.stringify(doc).matchAll(/"id":"section-(\w+)"/g)].map((m) => m[1])
    expect(sectionIds(buildReport(data).content)).toEqual(['introduction', 'speakers', 'caseStudies', 'conclusions'])
    const [a, b] = data.cities.filter((c) => c.name === 'Sofia' || c.name === 'Hangzhou')
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
