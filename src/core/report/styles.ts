import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces'
import { LATIN } from './fonts'

/** The report's colours: one dark ink for headings, one accent, greys for everything quiet. */
export const palette = {
  ink: '#1d2b3a',
  text: '#2b2f33',
  accent: '#0b6e99',
  accentSoft: '#e7f1f7',
  muted: '#6b7280',
  rule: '#c9d1da',
  zebra: '#f5f7f9'
}

/** Every named style of the report, in one place; `extends` keeps families consistent. */
export const styles: StyleDictionary = {
  base: { font: LATIN, fontSize: 10, lineHeight: 1.3, color: palette.text },

  coverKicker: { fontSize: 9, bold: true, color: palette.accent, margin: [0, 0, 0, 10] },
  coverTitle: { fontSize: 28, bold: true, color: palette.ink, lineHeight: 1.1, margin: [0, 0, 0, 12] },
  coverSubtitle: { fontSize: 14, color: palette.muted, lineHeight: 1.25, margin: [0, 0, 0, 28] },
  coverLead: { fontSize: 12.5, lineHeight: 1.4, color: palette.ink, margin: [0, 24, 0, 0] },
  coverFactLabel: { fontSize: 8, bold: true, color: palette.muted },
  coverFact: { fontSize: 11, color: palette.ink, margin: [0, 1, 0, 0] },

  tocTitle: { fontSize: 18, bold: true, color: palette.ink, margin: [0, 0, 0, 14] },
  tocEntry: { fontSize: 10.5, margin: [0, 2, 0, 2] },
  tocSubEntry: { fontSize: 9.5, color: palette.muted, margin: [14, 1, 0, 1] },

  sectionTitle: { fontSize: 19, bold: true, color: palette.ink, margin: [0, 0, 0, 4] },
  sectionRule: { margin: [0, 0, 0, 14] },
  subsectionTitle: { fontSize: 14, bold: true, color: palette.ink, margin: [0, 14, 0, 2] },
  // No size of its own: the same text is the city's title and its line in the contents.
  nativeName: { color: palette.muted, bold: false },
  cityMeta: { fontSize: 8.5, color: palette.muted, margin: [0, 0, 0, 8] },
  label: { fontSize: 8.5, bold: true, color: palette.accent, margin: [0, 8, 0, 3] },

  paragraph: { margin: [0, 0, 0, 6] },
  listText: { margin: [0, 0, 0, 1] },
  list: { margin: [0, 0, 0, 6] },
  noteHeading: { fontSize: 11.5, bold: true, color: palette.ink, margin: [0, 6, 0, 3] },
  noteSubheading: { fontSize: 10.5, bold: true, color: palette.ink, margin: [0, 4, 0, 2] },
  code: { background: palette.zebra, color: palette.ink },
  codeBlock: { fontSize: 9, background: palette.zebra, margin: [0, 2, 0, 8] },
  linkUrl: { color: palette.accent, fontSize: 9 },
  blockQuote: { italics: true, color: palette.ink },
  blockQuoteBox: { margin: [0, 2, 0, 8] },
  noteTable: { fontSize: 9, margin: [0, 2, 0, 8] },

  pullQuote: { fontSize: 13, italics: true, color: palette.accent, lineHeight: 1.35 },
  pullQuoteAttribution: { fontSize: 9, color: palette.muted, margin: [0, 4, 0, 0] },
  pullQuoteBox: { margin: [0, 8, 0, 12] },

  speakerName: { fontSize: 11, bold: true, color: palette.ink },
  speakerRole: { fontSize: 9.5, color: palette.muted },
  talkTitle: { fontSize: 14, bold: true, color: palette.ink, margin: [0, 10, 0, 2] },
  talkMeta: { fontSize: 9, color: palette.muted, margin: [0, 0, 0, 8] },

  tableHeader: { fontSize: 8.5, bold: true, color: palette.ink },
  tableCell: { fontSize: 9 },
  tableCellMuted: { fontSize: 8.5, color: palette.muted },
  table: { margin: [0, 4, 0, 12] },

  pageHeader: { fontSize: 8, color: palette.muted },
  pageFooter: { fontSize: 8, color: palette.muted }
}

/** A quiet accent bar to the left of a quote, drawn as a one-cell table. */
const quoteBarLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: (i) => (i === 0 ? 2.5 : 0),
  vLineColor: () => palette.accent,
  paddingLeft: () => 12,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2
}

/** Tables of the report: a rule under the header, hairlines between rows, no verticals. */
const dataTableLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === (node.table.headerRows ?? 0) ? 1 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i, node) => (i === (node.table.headerRows ?? 0) ? palette.ink : palette.rule),
  paddingLeft: (i) => (i === 0 ? 0 : 6),
  paddingRight: () => 6,
  paddingTop: () => 4,
  paddingBottom: () => 4
}

/**
 * The report's table layouts, registered with pdfmake by name. Content names them instead of
 * holding their functions, so a document's content stays plain data: it can be copied,
 * compared or sent to another thread as it is.
 */
export const tableLayouts = {
  quoteBar: quoteBarLayout,
  dataTable: dataTableLayout,
  /** A pull quote: a wider, stronger bar than a quote inside notes. */
  pullQuote: {
    hLineWidth: () => 0,
    vLineWidth: (i: number) => (i === 0 ? 3 : 0),
    vLineColor: () => palette.accent,
    paddingLeft: () => 14,
    paddingTop: () => 4,
    paddingBottom: () => 4
  },
  /** The synergy matrix: the data table with hairline columns and narrow cells. */
  matrix: { ...dataTableLayout, vLineWidth: () => 0.4, vLineColor: () => palette.rule, paddingLeft: () => 3, paddingRight: () => 3, paddingTop: () => 2, paddingBottom: () => 2 }
} satisfies Record<string, CustomTableLayout>

export type TableLayoutName = keyof typeof tableLayouts
