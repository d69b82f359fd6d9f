import type { Content } from 'pdfmake/interfaces'
import { mdList, sectionTitle, text, type ReportSection } from '../content'
import { markdownToPdf } from '../markdown'
import type { TableLayoutName } from '../styles'

export const actionItemsSection: ReportSection = {
  id: 'actionItems',
  title: 'Action items',
  available: ({ data }) => (data.actionItems?.length ?? 0) > 0,
  pdf({ data }) {
    const header: Content[] = ['', 'Action', 'Who', 'By when'].map((h) => ({ text: h, style: 'tableHeader' }))
    const rows = data.actionItems!.map((a, i): Content[] => [
      { text: String(i + 1), style: 'tableCellMuted' },
      { stack: [text(a.text, 'tableCell', a.done ? { decoration: 'lineThrough' } : {}), ...(a.cityName ? [text(a.cityName, 'tableCellMuted')] : [])] },
      text(a.owner, 'tableCell'),
      text(a.due ?? '', 'tableCell')
    ])
    return [
      ...sectionTitle('Action items', 'actionItems'),
      { table: { headerRows: 1, widths: [16, '*', 110, 70], body: [header, ...rows], dontBreakRows: true }, layout: 'dataTable' satisfies TableLayoutName, style: 'table' }
    ]
  },
  markdown: ({ data }) =>
    `## Action items\n\n${mdList(
      data.actionItems!.map((a) => `${a.done ? '[x]' : '[ ]'} ${a.text}${a.owner ? ` — ${a.owner}` : ''}${a.due ? ` (by ${a.due})` : ''}`)
    )}`
}

const closingText = (keyMessages: string, conclusions: string) => [keyMessages.trim(), conclusions.trim()].filter(Boolean)

export const conclusionsSection: ReportSection = {
  id: 'conclusions',
  title: 'Key messages and conclusions',
  available: ({ data }) => closingText(data.workshop.keyMessages, data.workshop.conclusions).length > 0,
  pdf: ({ data }) => [
    ...sectionTitle('Key messages and conclusions', 'conclusions', false),
    ...closingText(data.workshop.keyMessages, data.workshop.conclusions).flatMap(markdownToPdf)
  ],
  markdown: ({ data }) => `## Key messages and conclusions\n\n${closingText(data.workshop.keyMessages, data.workshop.conclusions).join('\n\n')}`
}
