import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ical from 'node-ical'
import { describe, expect, it } from 'vitest'
import { vtimezone } from '../../src/shared/agenda/vtimezone'
import { freshCore } from '../helpers/core'

/** The webinar: Friday 23 October 2026, 16:30 Brussels, 200 minutes with two breaks. */
async function webinar(date: string) {
  const core = freshCore()
  const w = await core.run('createWorkshop', { title: 'Skills: Europe–China', date, startTime: '16:30', secondTimeZone: 'Asia/Shanghai' })
  const plan: [string, number][] = [['Welcome', 10], ['Skills Agenda', 30], ['Case studies', 45], ['Break', 15], ['Panel', 60], ['Break', 10], ['Discussion', 30], ['Cancelled', 0]]
  for (const [title, durationMinutes] of plan) await core.run('createAgendaItem', { workshopId: w.id, title, durationMinutes })
  return { core, w }
}

const events = (text: string) =>
  Object.values(ical.sync.parseICS(text))
    .filter((c) => c.type === 'VEVENT')
    .map((e) => e as ical.VEvent)
    .sort((a, b) => +a.start - +b.start)

describe('agenda as iCalendar', () => {
  it('parses back, with a real parser, into the instants the app shows, on both sides of the October change', async () => {
    for (const date of ['2026-10-23', '2026-10-26']) {
      const { core, w } = await webinar(date)
      const agenda = await core.run('getAgenda', { workshopId: w.id })
      const { ics, fileName } = await core.run('exportAgendaIcs', { workshopId: w.id })
      expect(fileName).toBe(`${date} Skills Europe–China agenda.ics`)
      expect(ics).toContain('TZID:Europe/Brussels')
      expect(ics).toContain(`DTSTART;TZID=Europe/Brussels:${date.replaceAll('-', '')}T163000`)
      expect(ics).not.toMatch(/TZID=(CET|CEST)/)
      const parsed = events(ics)
      const timed = agenda.items.filter((i) => i.durationMinutes > 0)
      expect(parsed.map((e) => e.summary)).toEqual(timed.map((i) => i.title))
      expect(parsed.map((e) => [e.start.toISOString(), e.end.toISOString()])).toEqual(
        timed.map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString()])
      )
      expect(parsed[0]!.start.tz).toBe('Europe/Brussels')
    }
  })

  it('carries the Shanghai times, with the date wherever it is past midnight, in the description', async () => {
    const { core, w } = await webinar('2026-10-23')
    const parsed = events((await core.run('exportAgendaIcs', { workshopId: w.id })).ics)
    const panel = parsed.find((e) => e.summary === 'Panel')!
    expect(panel.start.toISOString()).toBe('2026-10-23T16:10:00.000Z')
    expect(panel.description).toContain('Asia/Shanghai: 00:10 (2026-10-24)–01:10')
    expect(parsed.find((e) => e.summary === 'Break')!.description).toContain('Asia/Shanghai: 23:55–00:10 (2026-10-24)')
  })

  it('describes the zone with its real changes of offset, to the minute', () => {
    const autumn = [new Date('2026-10-23T14:30:00Z'), new Date('2026-10-23T18:00:00Z')] as const
    const brussels = vtimezone('Europe/Brussels', ...autumn)
    expect(brussels).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200')
    expect(brussels).toContain('BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100')
    const shanghai = vtimezone('Asia/Shanghai', ...autumn)
    expect(shanghai.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD'])
    expect(shanghai).toContain('TZOFFSETTO:+0800')
  })

  it('is written by the CLI: roundtable agenda --workshop ID --ics --out FILE', async () => {
    const { core, w } = await webinar('2026-10-26')
    core.close()
    const out = join(core.dataDir, 'agenda.ics')
    execFileSync(process.execPath, ['bin/roundtable.mjs', '--data-dir', core.dataDir, 'agenda', '--workshop', w.id, '--ics', '--out', out], {
      stdio: 'pipe'
    })
    const parsed = events(readFileSync(out, 'utf8'))
    expect(parsed).toHaveLength(7)
    // Monday 26 October is winter time: 16:30 Brussels is 15:30 UTC, 23:30 in Shanghai.
    expect(parsed[0]!.start.toISOString()).toBe('2026-10-26T15:30:00.000Z')
    expect(parsed[0]!.description).toContain('Asia/Shanghai: 23:30–23:40')
    // Without --ics the CLI prints the agenda in both zones, with the date past midnight.
    const table = execFileSync(process.execPath, ['bin/roundtable.mjs', '--data-dir', core.dataDir, 'agenda', '--workshop', w.id], { encoding: 'utf8' })
    expect(table).toMatch(/18:10\s+19:10\s+01:10 \(2026-10-27\)\s+02:10 \(2026-10-27\)\s+60\s+Panel/)
  })
})
