import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { reportSettings } from '../../shared/contract/report'
import type { SectionContext } from './content'
import { scriptInlines } from './scripts'
import { reportSections } from './sections'
import { styles } from './styles'
import type { ReportData, ReportOptions } from './types'

export function sectionContext(data: ReportData, options: Partial<ReportOptions> = {}): SectionContext {
  const parsed = reportSettings.parse(options)
  const speakers = new Map(data.speakers.map((s) => [s.id, s.name]))
  const cities = new Map(data.cities.map((c) => [c.id, c.name]))
  return {
    data,
    options: parsed,
    title: parsed.titleOverride || data.workshop.title,
    speakerName: (id) => (id ? (speakers.get(id) ?? '') : ''),
    cityName: (id) => (id ? (cities.get(id) ?? '') : '')
  }
}

/** The sections to print, in the chosen order, without those the workshop has no data for. */
export function chosenSections(context: SectionContext) {
  return context.options.sections.map((id) => reportSections[id]).filter((section) => section.available(context))
}

/** Workshop data → pdfmake document definition. Pure: same data, same document. */
export function buildReport(data: ReportData, options: Partial<ReportOptions> = {}): TDocumentDefinitions {
  const context = sectionContext(data, options)
  const sections = chosenSections(context)
  let orientation: 'portrait' | 'landscape' = 'portrait'
  const content: Content[] = sections.flatMap((section, index) => {
    const blocks = section.pdf(context)
    const wanted = section.landscape?.(context) ? 'landscape' : 'portrait'
    const first = blocks[0] as Record<string, unknown> | undefined
    if (!first || typeof first !== 'object') return blocks
    if (wanted !== orientation) {
      // A change of orientation needs a new page; pdfmake turns the page at the break.
      orientation = wanted
      return [{ ...first, pageBreak: 'before', pageOrientation: wanted } as unknown as Content, ...blocks.slice(1)]
    }
    // The first printed section never starts with a blank page.
    if (index === 0 && 'pageBreak' in first) {
      const { pageBreak: _drop, ...rest } = first
      void _drop
      return [rest as unknown as Content, ...blocks.slice(1)]
    }
    return blocks
  })
  const hasCover = sections[0]?.id === 'cover'
  const runningTitle = scriptInlines(context.title)
  return {
    pageSize: context.options.paper === 'letter' ? 'LETTER' : 'A4',
    pageMargins: [56, 64, 56, 60],
    info: { title: context.title, subject: data.workshop.subtitle, creator: 'Roundtable', producer: 'Roundtable' },
    defaultStyle: styles.base,
    styles,
    content,
    header: (page: number) =>
      hasCover && page === 1
        ? null
        : { text: runningTitle, style: 'pageHeader', margin: [56, 28, 56, 0], noWrap: false, maxHeight: 24 },
    footer: (page: number, pages: number) =>
      hasCover && page === 1
        ? null
        : {
            columns: [
              { text: 'Roundtable workshop report', style: 'pageFooter' },
              { text: `${page} / ${pages}`, style: 'pageFooter', alignment: 'right' }
            ],
            margin: [56, 24, 56, 0]
          }
  } as TDocumentDefinitions
}
