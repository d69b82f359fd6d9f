import { DateTime } from 'luxon'
import type { Content } from 'pdfmake/interfaces'
import type { CityGroup } from '../../../shared/domain/city'
import { scriptInlines, styledInlines } from '../scripts'
import { palette } from '../styles'
import { formatDate, formatNames, otherName, text, zoneName, type ReportSection, type SectionContext } from '../content'

const groupNames: Record<CityGroup, string> = { europe: 'Europe', china: 'China', other: 'beyond' }

/** "brought together representatives from 10 cities and regions in Europe and China", from the data. */
export function broughtTogether({ data }: SectionContext): string {
  const { cities, workshop } = data
  if (cities.length === 0) return ''
  const kinds = new Set(cities.map((c) => (c.kind === 'region' ? 'region' : 'city')))
  const noun =
    kinds.size > 1 ? 'cities and regions' : kinds.has('region') ? (cities.length === 1 ? 'region' : 'regions') : cities.length === 1 ? 'city' : 'cities'
  const groups = (['europe', 'china', 'other'] as const).filter((g) => cities.some((c) => c.group === g)).map((g) => groupNames[g])
  const places = groups.length > 1 ? `${groups.slice(0, -1).join(', ')} and ${groups.at(-1)}` : (groups[0] ?? '')
  const event = workshop.format === 'online' ? 'webinar' : 'workshop'
  const where = places === 'beyond' ? '' : ` in ${places.replace(' and beyond', ' and elsewhere')}`
  return `The ${event} brought together representatives from ${cities.length} ${noun}${where}.`
}

/** "10:00–12:30 Brussels · 16:00–18:30 Shanghai", from the agenda when it exists, else the plan. */
export function timeLine({ data }: SectionContext): string {
  const { workshop, agenda } = data
  const start = DateTime.fromISO(`${workshop.date}T${workshop.startTime}`, { zone: workshop.timeZone })
  let end: DateTime | null = null
  if (agenda) end = DateTime.fromISO(agenda.end)
  else if (workshop.plannedEndTime) end = DateTime.fromISO(`${workshop.date}T${workshop.plannedEndTime}`, { zone: workshop.timeZone })
  const inZone = (zone: string) => {
    const from = start.setZone(zone).toFormat('HH:mm')
    const to = end ? `–${end.setZone(zone).toFormat('HH:mm')}` : ''
    return `${from}${to} ${zoneName(zone)}`
  }
  const zones = [workshop.timeZone, ...(workshop.secondTimeZone ? [workshop.secondTimeZone] : [])]
  return zones.map(inZone).join('  ·  ')
}

function fact(name: string, value: string): Content {
  return { stack: [{ text: name.toUpperCase(), style: 'coverFactLabel' }, text(value, 'coverFact')], margin: [0, 0, 0, 12] }
}

function cityColumns(context: SectionContext): Content {
  const column = (group: CityGroup, heading: string): Content => {
    const names = context.data.cities.filter((c) => c.group === group)
    if (names.length === 0) return { text: '', width: 0 } as Content
    return ({
      width: '*',
      stack: [
        { text: heading.toUpperCase(), style: 'coverFactLabel', margin: [0, 0, 0, 4] },
        ...names.map((c): Content => ({ text: [...scriptInlines(c.name), ...(otherName(c) ? styledInlines(`  ${otherName(c)}`, { color: palette.muted }) : [])], style: 'coverFact' }))
      ]
    }) as Content
  }
  return { columns: [column('europe', 'Europe'), column('china', 'China'), column('other', 'Elsewhere')], columnGap: 24, margin: [0, 28, 0, 0] }
}

export const coverSection: ReportSection = {
  id: 'cover',
  title: 'Cover',
  available: () => true,
  pdf(context) {
    const { workshop } = context.data
    const facts = [
      fact('Date', formatDate(workshop.date)),
      fact('Time', timeLine(context).replace('  ·  ', '\n')),
      fact('Format', workshop.location && workshop.location !== 'Online' ? `${formatNames[workshop.format]}, ${workshop.location}` : formatNames[workshop.format]),
      ...(workshop.organiser ? [fact('Organised by', workshop.organiser)] : [])
    ]
    return [
      // A band of the accent colour down the cover's left edge.
      { canvas: [{ type: 'rect', x: 0, y: 0, w: 14, h: 900, color: palette.accent }], absolutePosition: { x: 0, y: 0 } },
      { text: `WORKSHOP REPORT  ·  ${formatNames[workshop.format].toUpperCase()}`, style: 'coverKicker', margin: [0, 90, 0, 10] },
      text(context.title, 'coverTitle'),
      ...(workshop.subtitle ? [text(workshop.subtitle, 'coverSubtitle')] : []),
      { columns: [{ stack: facts.slice(0, 2), width: '*' }, { stack: facts.slice(2), width: '*' }], columnGap: 24 },
      text(broughtTogether(context), 'coverLead'),
      cityColumns(context)
    ]
  },
  markdown(context) {
    const { workshop } = context.data
    return [
      `# ${context.title}`,
      ...(workshop.subtitle ? [`*${workshop.subtitle}*`] : []),
      [
        `**Date:** ${formatDate(workshop.date)}`,
        `**Time:** ${timeLine(context)}`,
        `**Format:** ${formatNames[workshop.format]}${workshop.location && workshop.location !== 'Online' ? `, ${workshop.location}` : ''}`,
        ...(workshop.organiser ? [`**Organised by:** ${workshop.organiser}`] : [])
      ].join('  \n'),
      broughtTogether(context)
    ]
      .filter(Boolean)
      .join('\n\n')
  }
}

export const contentsSection: ReportSection = {
  id: 'contents',
  title: 'Contents',
  available: () => true,
  pdf: () => [
    {
      toc: { title: { text: 'Contents', style: 'tocTitle' }, numberStyle: { fontSize: 10, color: '#6b7280' } },
      pageBreak: 'before'
    }
  ],
  // Markdown has no page numbers; readers scroll, so the export has no contents list.
  markdown: () => ''
}
