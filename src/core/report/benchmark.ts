import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { renderMarkdown } from '../../shared/markdown'
import { buildReport } from './build'
import { reportMarkdown } from './markdownExport'
import type { ReportCity, ReportData, ReportOptions } from './types'

/**
 * Inputs for `npm run bench` (written by the benchmarks area): a synthetic workshop big
 * enough for a ~1,000-page report, and the same report as HTML for Chromium's page.pdf(),
 * so that both renderers are measured on the same content.
 */

/**
 * About how many case studies fill one A4 page of the report, contents and cover included:
 * 1,630 of them make the 1,000 pages the target names (1.9 made 1,164).
 */
const CITIES_PER_PAGE = 1.63

const practices = [
  '**Industry–education integration** in line with the innovation-driven strategy',
  'A joint school of design and innovation with European universities',
  'Training for teachers in digital and green skills, with *hands-on* workshops',
  'Start-up acceleration and mentoring for students and young graduates',
  'Vocational training with enterprises: classes set up together with companies'
]
const cooperation = ['Academic exchange and joint research', 'A shared talent pool', 'Smart solutions for tourism (智慧旅游)', 'Micro-credentials that both sides recognise']

function syntheticCity(n: number, workshopId: string): ReportCity {
  const chinese = n % 2 === 1
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
  const item = (kind: ReportCity['items'][number]['kind'], text: string, position: number) => ({
    id: `${id.slice(0, 24)}${String(n * 100 + position).padStart(12, '0')}`,
    workshopId,
    cityId: id,
    kind,
    text,
    speakerId: null,
    attribution: '',
    approved: true,
    position,
    createdAt: '2021-06-24T08:00:00Z'
  })
  return {
    id,
    name: chinese ? `Test City ${n}` : `Test Region ${n}`,
    nativeName: chinese ? `测试城市${n}` : '',
    country: chinese ? 'China' : 'Italy',
    group: chinese ? 'china' : 'europe',
    kind: chinese ? 'city' : 'region',
    notes: '',
    createdAt: '2021-06-24T08:00:00Z',
    updatedAt: '2021-06-24T08:00:00Z',
    summary:
      `City ${n} presented how it links **education, jobs and skills**: vocational schools work with local companies, ` +
      'universities run joint labs with industry, and the city funds *life-long learning* for adults. 城市介绍了职业教育与产业融合的经验。',
    items: [
      ...practices.map((text, i) => item('practice', text, i)),
      ...cooperation.map((text, i) => item('cooperation', text, i)),
      item('quote', 'Cooperation and innovation are the key factors for a better future together.', 0)
    ]
  }
}

/** A workshop with enough cities and regions for a report of about `pages` pages. */
export function bigReportData(pages = 1000): ReportData {
  const workshopId = '00000000-0000-4000-8000-000000000000'
  const cities = Array.from({ length: Math.round(pages * CITIES_PER_PAGE) }, (_, n) => syntheticCity(n, workshopId))
  return {
    workshop: {
      id: workshopId,
      title: 'Benchmark: a very large Europe–China exchange',
      subtitle: 'Synthetic data for measuring report generation',
      date: '2021-06-24',
      startTime: '10:00',
      timeZone: 'Europe/Brussels',
      secondTimeZone: 'Asia/Shanghai',
      plannedEndTime: null,
      format: 'online',
      location: '',
      organiser: 'Roundtable',
      intro: 'Every participating city and region presented its practices and the areas where it wants to cooperate.',
      keyMessages: '',
      conclusions: 'Many cities share the same themes; the pairings show where to start.',
      createdAt: '2021-06-24T08:00:00Z',
      updatedAt: '2021-06-24T08:00:00Z'
    },
    speakers: [],
    cities,
    agenda: null,
    actionItems: null,
    synergies: null
  }
}

/** The document definition of the ~1,000-page report (render it with renderPdf). */
export const buildBigReport = (pages = 1000): TDocumentDefinitions => buildReport(bigReportData(pages))

/**
 * The same report as one HTML page, for Chromium's page.pdf(): same sections, same order, the
 * same contents list after the cover, each entry a link to its heading (Chromium cannot print
 * the pages they are on), and the same running header and footer ("N / M"), as CSS page
 * margin boxes: in Chromium they cost less than page.pdf()'s header and footer templates.
 */
export function reportHtml(data: ReportData, options: Partial<ReportOptions> = {}): string {
  const entries: string[] = []
  const body = renderMarkdown(reportMarkdown(data, options)).replace(/<h([23])>([\s\S]*?)<\/h\1>/g, (_, level: string, title: string) => {
    const id = `heading-${entries.length}`
    entries.push(`<li class="level${level}"><a href="#${id}">${title}</a></li>`)
    return `<h${level} id="${id}">${title}</h${level}>`
  })
  const contents = `<h2 class="contents">Contents</h2><ul class="contents">${entries.join('')}</ul>`
  // After the cover: before the first section's heading.
  const firstSection = body.indexOf('<h2 ')
  const withContents = firstSection < 0 ? body + contents : body.slice(0, firstSection) + contents + body.slice(firstSection)
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${data.workshop.title.replace(/[<&]/g, '')}</title>
<style>
  @page { size: ${options.paper === 'letter' ? 'Letter' : 'A4'}; margin: 22mm 20mm;
    @top-left { content: "${data.workshop.title.replace(/["\\<&]/g, '')}"; font: 8pt Roboto, sans-serif; color: #6b7280; }
    @bottom-left { content: "Roundtable workshop report"; font: 8pt Roboto, sans-serif; color: #6b7280; }
    @bottom-right { content: counter(page) " / " counter(pages); font: 8pt Roboto, sans-serif; color: #6b7280; } }
  body { font-family: Roboto, 'Noto Sans CJK SC', sans-serif; font-size: 10pt; line-height: 1.3; color: #2b2f33; }
  h1 { font-size: 28pt; color: #1d2b3a; page-break-after: always; }
  h2 { font-size: 19pt; color: #1d2b3a; page-break-before: always; border-bottom: 2.5pt solid #0b6e99; }
  h3 { font-size: 14pt; color: #1d2b3a; page-break-after: avoid; }
  ul.contents { list-style: none; padding: 0; } ul.contents a { color: inherit; text-decoration: none; }
  ul.contents .level3 { padding-left: 14pt; font-size: 9.5pt; color: #6b7280; }
  blockquote { border-left: 3pt solid #0b6e99; margin: 8pt 0; padding-left: 14pt; color: #0b6e99; font-style: italic; }
  table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 0.4pt solid #c9d1da; padding: 4pt 6pt; }
</style></head><body>${withContents}</body></html>`
}
