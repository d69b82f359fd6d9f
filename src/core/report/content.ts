import type { Content } from 'pdfmake/interfaces'
import type { ReportSectionId } from '../../shared/contract/report'
import { scriptInlines } from './scripts'
import { palette, type TableLayoutName } from './styles'
import type { ReportData, ReportOptions } from './types'

/** What every section builder receives. */
export interface SectionContext {
  data: ReportData
  options: ReportOptions
  /** The title printed on the cover and in the running header (the override, if any). */
  title: string
  speakerName: (id: string | null) => string
  cityName: (id: string | null) => string
}

/** One section of the report, in both output formats so the PDF and the Markdown agree. */
export interface ReportSection {
  id: ReportSectionId
  title: string
  /** False when the workshop has nothing for this section; it is then left out. */
  available: (context: SectionContext) => boolean
  pdf: (context: SectionContext) => Content[]
  /** A wide section (the synergy matrix) may ask for landscape pages. */
  landscape?: (context: SectionContext) => boolean
  markdown: (context: SectionContext) => string
}

/** Plain text in the fonts that have its glyphs. */
export const text = (value: string, style?: string | string[], extra: Record<string, unknown> = {}): Content => ({
  text: scriptInlines(value),
  ...(style ? { style } : {}),
  ...extra
})

/** A section title that is listed in the table of contents and starts on a new page. */
export const sectionTitle = (title: string, id: string, pageBreak = true): Content[] => [
  // pdfmake accepts inline arrays in a table-of-contents entry; its 0.2 types do not say so.
  ({
    text: scriptInlines(title),
    style: 'sectionTitle',
    tocItem: true,
    tocStyle: 'tocEntry',
    id: `section-${id}`,
    ...(pageBreak ? { pageBreak: 'before' as const } : { margin: [0, 24, 0, 4] })
  }) as Content,
  { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 48, y2: 0, lineWidth: 2.5, lineColor: palette.accent }], style: 'sectionRule' }
]

/** A second-level title (a city, a talk), listed indented in the table of contents. */
export const subsectionTitle = (parts: Content[], style = 'subsectionTitle'): Content =>
  ({
  text: parts,
  style,
  tocItem: true,
  tocStyle: 'tocSubEntry',
  tocMargin: [14, 0, 0, 0]
  }) as Content

export const label = (value: string): Content => ({ text: value.toUpperCase(), style: 'label' })

export const bullets = (items: Content[]): Content => ({ ul: items, style: 'list' })

/** A quote set apart from the text, with who said it underneath. */
export function pullQuote(quote: string, attribution: string): Content {
  const cleaned = quote.trim().replace(/^["“”'‘`]+|["“”'’`]+$/g, '')
  const stack: Content[] = [text(`“${cleaned}”`, 'pullQuote')]
  if (attribution) stack.push(text(`— ${attribution}`, 'pullQuoteAttribution'))
  return {
    table: { widths: ['*'], body: [[{ stack }]], dontBreakRows: true },
    layout: 'pullQuote' satisfies TableLayoutName,
    style: 'pullQuoteBox',
    unbreakable: true
  }
}

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** 2021-06-24 → Thursday 24 June 2021. */
export const formatDate = (isoDate: string): string => longDate.format(new Date(`${isoDate}T00:00:00Z`))

/** Europe/Brussels → Brussels; the city of an IANA zone is what people recognise. */
export const zoneName = (zone: string): string => (zone.split('/').pop() ?? zone).replace(/_/g, ' ')

export const formatNames: Record<ReportData['workshop']['format'], string> = {
  online: 'Online webinar',
  onsite: 'On-site workshop',
  hybrid: 'Hybrid workshop'
}

/** Markdown helpers: quotes and attributions in the Markdown export. */
export const mdQuote = (quote: string, attribution: string): string => {
  const cleaned = quote.trim().replace(/^["“”'‘`]+|["“”'’`]+$/g, '')
  return `> “${cleaned}”${attribution ? `\n>\n> — ${attribution}` : ''}`
}

export const mdList = (items: string[]): string => items.map((item) => `- ${item.replace(/\n/g, '\n  ')}`).join('\n')

/** The name in the city's own script, when it adds something (西安 for Xi'an, not Sofia for Sofia). */
export const otherName = (city: { name: string; nativeName: string }): string =>
  city.nativeName.trim().toLowerCase() === city.name.trim().toLowerCase() ? '' : city.nativeName.trim()
