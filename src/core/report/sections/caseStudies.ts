import type { Content } from 'pdfmake/interfaces'
import type { CaseStudyItem, CaseStudyItemKind } from '../../../shared/domain/caseStudy'
import { bullets, label, otherName, mdList, mdQuote, pullQuote, sectionTitle, subsectionTitle, type ReportSection, type SectionContext } from '../content'
import { markdownToPdf } from '../markdown'
import { scriptInlines, styledInlines } from '../scripts'
import type { ReportCity } from '../types'

const listHeadings: [Exclude<CaseStudyItemKind, 'quote'>, string][] = [
  ['practice', 'Good practices'],
  ['cooperation', 'Cooperation areas'],
  ['follow_up', 'Next steps']
]

const kindNames = { city: 'City', region: 'Region', metropolitan_area: 'Metropolitan area' }
const groupNames = { europe: 'Europe', china: 'China', other: '' }

export function quotesOf(city: ReportCity, context: SectionContext): CaseStudyItem[] {
  return city.items.filter((i) => i.kind === 'quote' && (!context.options.approvedQuotesOnly || i.approved))
}

/** Who said it: the speaker, the free-text attribution, or both; the city when neither is known. */
export function attributionOf(item: CaseStudyItem, city: ReportCity, context: SectionContext): string {
  const parts = [item.speakerId ? context.speakerName(item.speakerId) : '', item.attribution].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : city.name
}

/** A list entry: one paragraph reads as a line, longer notes keep their blocks. */
function entry(item: CaseStudyItem): Content {
  const blocks = markdownToPdf(item.text)
  if (blocks.length === 1) return { ...(blocks[0] as object), style: 'listText' } as Content
  return { stack: blocks }
}

function cityBlock(city: ReportCity, context: SectionContext, first: boolean): Content[] {
  const meta = [kindNames[city.kind], city.country, groupNames[city.group] === city.country ? '' : groupNames[city.group]].filter(Boolean).join('  ·  ').toUpperCase()
  const lists = listHeadings.flatMap(([kind, heading]): Content[] => {
    const items = city.items.filter((i) => i.kind === kind)
    if (items.length === 0) return []
    // A short list stays with its heading; a long one may break, but never right after the heading.
    return items.length <= 10
      ? [{ stack: [label(heading), bullets(items.map(entry))], unbreakable: true }]
      : [{ stack: [label(heading), bullets(items.slice(0, 2).map(entry))], unbreakable: true }, bullets(items.slice(2).map(entry))]
  })
  const title = subsectionTitle([
    ...scriptInlines(city.name),
    ...(otherName(city) ? styledInlines(`  ${otherName(city)}`, { style: 'nativeName' }) : [])
  ])
  const summary = markdownToPdf(city.summary)
  const opening: Content = {
    stack: [{ ...(title as object), margin: [0, first ? 0 : 22, 0, 2] } as Content, ...(meta ? [{ text: meta, style: 'cityMeta' }] : []), ...summary.slice(0, 1)],
    unbreakable: true
  }
  return [
    opening,
    ...summary.slice(1),
    ...lists,
    ...quotesOf(city, context).map((q) => pullQuote(q.text, attributionOf(q, city, context)))
  ]
}

export const caseStudiesSection: ReportSection = {
  id: 'caseStudies',
  title: 'City case studies',
  available: ({ data }) => data.cities.length > 0,
  pdf(context) {
    return [...sectionTitle('City case studies', 'caseStudies'), ...context.data.cities.flatMap((c, i) => cityBlock(c, context, i === 0))]
  },
  markdown(context) {
    const cities = context.data.cities.map((city) => {
      const lists = listHeadings.flatMap(([kind, heading]) => {
        const items = city.items.filter((i) => i.kind === kind)
        return items.length > 0 ? [`**${heading}**\n\n${mdList(items.map((i) => i.text.trim()))}`] : []
      })
      return [
        `### ${city.name}${otherName(city) ? ` ${otherName(city)}` : ''}`,
        city.summary.trim(),
        ...lists,
        ...quotesOf(city, context).map((q) => mdQuote(q.text, attributionOf(q, city, context)))
      ]
        .filter(Boolean)
        .join('\n\n')
    })
    return `## City case studies\n\n${cities.join('\n\n')}`
  }
}

