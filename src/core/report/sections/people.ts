import type { Content } from 'pdfmake/interfaces'
import { mdList, sectionTitle, text, type ReportSection } from '../content'
import { markdownToPdf } from '../markdown'
import type { TableLayoutName } from '../styles'

export const introductionSection: ReportSection = {
  id: 'introduction',
  title: 'Introduction',
  available: ({ data }) => data.workshop.intro.trim().length > 0,
  pdf: ({ data }) => [...sectionTitle('Introduction', 'introduction'), ...markdownToPdf(data.workshop.intro)],
  markdown: ({ data }) => `## Introduction\n\n${data.workshop.intro.trim()}`
}

const roleLine = (role: string, organisation: string) => [role, organisation].filter(Boolean).join(', ')

export const speakersSection: ReportSection = {
  id: 'speakers',
  title: 'Speakers',
  available: ({ data }) => data.speakers.length > 0,
  pdf({ data, cityName }) {
    const header: Content[] = ['Speaker', 'Role', 'Organisation', 'City or region'].map((h) => ({ text: h, style: 'tableHeader' }))
    const rows: Content[][] = data.speakers.map((s) => [
      text(s.name, 'speakerName', { fontSize: 10 }),
      text(s.role, 'tableCell'),
      text(s.organisation, 'tableCell'),
      text(cityName(s.cityId), 'tableCellMuted')
    ])
    return [
      ...sectionTitle('Speakers', 'speakers', false),
      { table: { headerRows: 1, widths: ['28%', '26%', '26%', '20%'], body: [header, ...rows], dontBreakRows: true }, layout: 'dataTable' satisfies TableLayoutName, style: 'table' }
    ]
  },
  markdown: ({ data }) =>
    `## Speakers\n\n${mdList(data.speakers.map((s) => `**${s.name}**${roleLine(s.role, s.organisation) ? ` — ${roleLine(s.role, s.organisation)}` : ''}`))}`
}
