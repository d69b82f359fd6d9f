import { DateTime } from 'luxon'
import type { Content } from 'pdfmake/interfaces'
import type { LocalTime, ScheduledItem } from '../../../shared/domain/agenda'
import { label, sectionTitle, subsectionTitle, text, zoneName, type ReportSection, type SectionContext } from '../content'
import { markdownToPdf } from '../markdown'
import { scriptInlines } from '../scripts'
import { palette, type TableLayoutName } from '../styles'

const clock = (t: LocalTime | null) => (t ? `${t.time}${t.otherDay ? ' (+1)' : ''}` : '')
const span = (a: LocalTime | null, b: LocalTime | null) => (a && b ? `${clock(a)}–${clock(b)}` : '')

const wasRun = (context: SectionContext) => context.data.agenda?.items.some((i) => i.actualStart) ?? false

function actualSpan(item: ScheduledItem, zone: string): string {
  if (!item.actualStart) return ''
  const read = (iso: string) => DateTime.fromISO(iso).setZone(zone).toFormat('HH:mm')
  return item.actualEnd ? `${read(item.actualStart)}–${read(item.actualEnd)}` : `${read(item.actualStart)}–`
}

/** Who speaks and which city it is about; the city is left out when the item is named after it. */
const who = (item: ScheduledItem, context: SectionContext) => {
  const city = item.cityId ? context.cityName(item.cityId) : ''
  return [item.speakerIds.map(context.speakerName).join(', '), city === item.title.trim() ? '' : city].filter(Boolean).join(' · ')
}

export const agendaSection: ReportSection = {
  id: 'agenda',
  title: 'Agenda',
  available: ({ data }) => data.agenda !== null,
  pdf(context) {
    const agenda = context.data.agenda!
    const run = wasRun(context)
    const zones = [agenda.timeZone, ...(agenda.secondTimeZone ? [agenda.secondTimeZone] : [])]
    const header: Content[] = [
      ...zones.map((z) => ({ text: zoneName(z), style: 'tableHeader' })),
      ...(run ? [{ text: 'Actual', style: 'tableHeader' }] : []),
      { text: 'Item', style: 'tableHeader' }
    ]
    const rows = agenda.items.map((item): Content[] => {
      const isBreak = item.kind === 'break'
      const fill = isBreak ? palette.zebra : undefined
      const cell = (c: Content): Content => ({ ...(c as object), fillColor: fill }) as Content
      const title = item.title || (isBreak ? 'Break' : 'Untitled item')
      return [
        cell(text(span(item.startLocal, item.endLocal), 'tableCell')),
        ...(agenda.secondTimeZone ? [cell(text(span(item.startSecond, item.endSecond), 'tableCellMuted'))] : []),
        ...(run ? [cell(text(actualSpan(item, agenda.timeZone), 'tableCellMuted'))] : []),
        cell({
          stack: [
            { text: scriptInlines(title), style: 'tableCell', bold: !isBreak, italics: isBreak },
            ...(who(item, context) ? [text(who(item, context), 'tableCellMuted')] : [])
          ]
        })
      ]
    })
    const widths = [...zones.map(() => 72), ...(run ? [64] : []), '*']
    return [
      ...sectionTitle('Agenda', 'agenda'),
      text(`${agenda.totalMinutes} minutes, ${agenda.items.length} items. Times in ${zones.map(zoneName).join(' and ')}.`, 'talkMeta'),
      { table: { headerRows: 1, widths, body: [header, ...rows], dontBreakRows: true }, layout: 'dataTable' satisfies TableLayoutName, style: 'table' }
    ]
  },
  markdown(context) {
    const agenda = context.data.agenda!
    const zones = [agenda.timeZone, ...(agenda.secondTimeZone ? [agenda.secondTimeZone] : [])]
    const head = `| ${zones.map(zoneName).join(' | ')} | Item |\n|${zones.map(() => '---|').join('')}---|`
    const rows = agenda.items.map((item) => {
      const times = [span(item.startLocal, item.endLocal), ...(agenda.secondTimeZone ? [span(item.startSecond, item.endSecond)] : [])]
      const title = (item.title || (item.kind === 'break' ? 'Break' : 'Untitled item')).replace(/\|/g, '\\|')
      return `| ${times.join(' | ')} | ${title}${who(item, context) ? ` — ${who(item, context)}` : ''} |`
    })
    return `## Agenda\n\n${head}\n${rows.join('\n')}`
  }
}

const hasTalkContent = (item: ScheduledItem, context: SectionContext) =>
  item.kind !== 'break' && (item.contentNotes.trim() !== '' || (context.options.includePrivateNotes && item.facilitatorNotes.trim() !== ''))

const talks = (context: SectionContext) => (context.data.agenda?.items ?? []).filter((i) => hasTalkContent(i, context))

export const talksSection: ReportSection = {
  id: 'talks',
  title: 'Talks',
  available: (context) => talks(context).length > 0,
  pdf(context) {
    return [
      ...sectionTitle('Talks', 'talks'),
      ...talks(context).flatMap((item, index): Content[] => [
        { ...(subsectionTitle(scriptInlines(item.title || 'Untitled item'), 'talkTitle') as object), margin: [0, index === 0 ? 0 : 14, 0, 2] } as Content,
        ...(who(item, context) ? [text(who(item, context), 'talkMeta')] : []),
        ...markdownToPdf(item.contentNotes),
        ...(context.options.includePrivateNotes && item.facilitatorNotes.trim()
          ? [label('Facilitator notes (private)'), ...markdownToPdf(item.facilitatorNotes)]
          : [])
      ])
    ]
  },
  markdown(context) {
    const parts = talks(context).map((item) =>
      [
        `### ${item.title || 'Untitled item'}`,
        who(item, context) ? `*${who(item, context)}*` : '',
        item.contentNotes.trim(),
        context.options.includePrivateNotes && item.facilitatorNotes.trim() ? `**Facilitator notes (private)**\n\n${item.facilitatorNotes.trim()}` : ''
      ]
        .filter(Boolean)
        .join('\n\n')
    )
    return `## Talks\n\n${parts.join('\n\n')}`
  }
}

