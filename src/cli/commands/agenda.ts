import { writeFileSync } from 'node:fs'
import type { LocalTime } from '../../shared/domain/agenda'
import type { CliCommand } from '../command'
import { table } from '../format'

/** "00:10 (2026-10-24)": the date only when it is not the workshop's date, as in the app. */
const at = (t: LocalTime | null): string => (t ? `${t.time}${t.otherDay ? ` (${t.date})` : ''}` : '')

export const agendaCommand: CliCommand = {
  name: 'agenda',
  usage: 'agenda --workshop ID [--ics [--out FILE]] [--json]',
  summary: "Print a workshop's agenda in both time zones, or export it as an iCalendar file.",
  options: { workshop: { type: 'string' }, ics: { type: 'boolean' }, out: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, core, io }) {
    const workshopId = typeof values.workshop === 'string' ? values.workshop : ''
    if (!core || !workshopId) {
      io.err('Say which workshop: --workshop ID (see `roundtable list workshops`).')
      return 2
    }
    const out = typeof values.out === 'string' ? values.out : null
    if (values.ics) {
      const { ics, fileName } = await core.run('exportAgendaIcs', { workshopId })
      if (!out) {
        io.out(ics)
        return 0
      }
      writeFileSync(out, ics)
      io.err(`Wrote ${out} (suggested name: ${fileName}).`)
      return 0
    }
    const agenda = await core.run('getAgenda', { workshopId })
    const text = values.json
      ? JSON.stringify(agenda, null, 2)
      : agenda.items.length === 0
        ? 'No agenda items yet.'
        : table(
            ['Start', 'End', ...(agenda.secondTimeZone ? [`Start ${agenda.secondTimeZone}`, 'End'] : []), 'Min', 'Title'],
            agenda.items.map((i) => [
              at(i.startLocal),
              at(i.endLocal),
              ...(agenda.secondTimeZone ? [at(i.startSecond), at(i.endSecond)] : []),
              String(i.durationMinutes),
              i.title
            ])
          ) + `\n\nTimes in ${agenda.timeZone}${agenda.overrunMinutes > 0 ? `; runs ${agenda.overrunMinutes} min past the planned end` : ''}.`
    if (out) writeFileSync(out, text)
    else io.out(text)
    return 0
  }
}
