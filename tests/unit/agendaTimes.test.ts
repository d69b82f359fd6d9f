import { describe, expect, it } from 'vitest'
import { liveProgress } from '../../src/shared/agenda/live'
import { minutesShares, plannedEnd, scheduleAgenda, type WorkshopClock } from '../../src/shared/agenda/times'

const brussels = (date: string, startTime: string, plannedEndTime: string | null = null): WorkshopClock => ({
  date,
  startTime,
  timeZone: 'Europe/Brussels',
  secondTimeZone: 'Asia/Shanghai',
  plannedEndTime
})
const items = (...minutes: number[]) => minutes.map((durationMinutes) => ({ durationMinutes }))
/** The webinar of the issue: 200 minutes with two breaks. */
const webinar = items(10, 30, 45, 15, 60, 10, 30)
const times = (clock: WorkshopClock, list = webinar) =>
  scheduleAgenda(clock, list).items.map((i) => [i.startLocal.time, i.startSecond?.time, i.startSecond?.otherDay])

describe('agenda times', () => {
  it('show Shanghai past midnight, with the date, for 16:30 Brussels on Friday 23 October 2026', () => {
    const { items: timed, totals } = scheduleAgenda(brussels('2026-10-23', '16:30'), webinar)
    expect(timed.map((i) => i.startLocal.time)).toEqual(['16:30', '16:40', '17:10', '17:55', '18:10', '19:10', '19:20'])
    // Summer time still (UTC+2), Shanghai is UTC+8: six hours ahead.
    expect(timed.map((i) => i.startSecond?.time)).toEqual(['22:30', '22:40', '23:10', '23:55', '00:10', '01:10', '01:20'])
    expect(timed.map((i) => i.startSecond?.otherDay)).toEqual([false, false, false, false, true, true, true])
    expect(timed[4]!.startSecond?.date).toBe('2026-10-24')
    expect(totals.totalMinutes).toBe(200)
    expect(totals.endLocal).toEqual({ date: '2026-10-23', time: '19:50', otherDay: false })
    expect(totals.endSecond).toEqual({ date: '2026-10-24', time: '01:50', otherDay: true })
    expect(timed[0]!.start).toBe('2026-10-23T14:30:00Z')
  })

  it('shift Shanghai by one hour when the same agenda moves to Monday 26 October, after the change', () => {
    const friday = scheduleAgenda(brussels('2026-10-23', '16:30'), webinar).items
    const monday = scheduleAgenda(brussels('2026-10-26', '16:30'), webinar).items
    expect(monday.map((i) => i.startLocal.time)).toEqual(friday.map((i) => i.startLocal.time))
    expect(monday.map((i) => i.startSecond?.time)).toEqual(['23:30', '23:40', '00:10', '00:55', '01:10', '02:10', '02:20'])
    expect(monday[2]!.startSecond).toEqual({ date: '2026-10-27', time: '00:10', otherDay: true })
  })

  it('count elapsed minutes through the October change: the clock repeats 02:00–03:00', () => {
    // Sunday 25 October 2026, 01:30 CEST; at 03:00 CEST the clocks go back to 02:00 CET.
    const { items: timed, totals } = scheduleAgenda(brussels('2026-10-25', '01:30'), items(60, 60, 60))
    expect(timed.map((i) => i.startLocal.time)).toEqual(['01:30', '02:30', '02:30'])
    expect(timed.map((i) => i.start)).toEqual(['2026-10-24T23:30:00Z', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'])
    expect(timed.map((i) => i.startSecond?.time)).toEqual(['07:30', '08:30', '09:30'])
    expect(totals.endLocal.time).toBe('03:30')
  })

  it('skip the missing hour of the March change', () => {
    // Sunday 29 March 2026: at 02:00 CET the clocks jump to 03:00 CEST.
    const { items: timed } = scheduleAgenda(brussels('2026-03-29', '01:30'), items(60, 30))
    expect(timed.map((i) => [i.startLocal.time, i.endLocal.time])).toEqual([['01:30', '03:30'], ['03:30', '04:00']])
    expect(timed.map((i) => i.startSecond?.time)).toEqual(['08:30', '09:30'])
    // Before the change Brussels is 7 hours behind Shanghai, after it 6.
    expect(times(brussels('2026-03-27', '10:00'), items(0))[0]![1]).toBe('17:00')
    expect(times(brussels('2026-03-30', '10:00'), items(0))[0]![1]).toBe('16:00')
  })

  it('work the other way round: Shanghai has no daylight saving, Brussels moves', () => {
    const shanghai = (date: string) => ({ ...brussels(date, '15:00'), timeZone: 'Asia/Shanghai', secondTimeZone: 'Europe/Brussels' })
    expect(scheduleAgenda(shanghai('2026-10-23'), items(30)).items[0]!.startSecond?.time).toBe('09:00')
    expect(scheduleAgenda(shanghai('2026-10-26'), items(30)).items[0]!.startSecond?.time).toBe('08:00')
  })

  it('give zero-minute items a place without taking time, and cross midnight in the own zone', () => {
    const { items: timed, totals } = scheduleAgenda(brussels('2026-06-01', '23:00'), items(0, 45, 0, 30, 0))
    expect(timed.map((i) => [i.startLocal.time, i.endLocal.time])).toEqual([
      ['23:00', '23:00'],
      ['23:00', '23:45'],
      ['23:45', '23:45'],
      ['23:45', '00:15'],
      ['00:15', '00:15']
    ])
    expect(timed[3]!.endLocal).toEqual({ date: '2026-06-02', time: '00:15', otherDay: true })
    expect(totals.totalMinutes).toBe(75)
  })

  it('warn about an over-run past the planned end, and read an end before the start as the next day', () => {
    expect(scheduleAgenda(brussels('2026-10-23', '16:30', '19:30'), webinar).totals.overrunMinutes).toBe(20)
    expect(scheduleAgenda(brussels('2026-10-23', '16:30', '20:00'), webinar).totals.overrunMinutes).toBe(0)
    expect(plannedEnd(brussels('2026-10-23', '22:00', '01:00'))?.toISO()).toBe('2026-10-24T01:00:00.000+02:00')
    expect(scheduleAgenda(brussels('2026-10-23', '16:30'), webinar).totals.plannedEnd).toBeNull()
  })

  it('sum minutes per speaker and per city, largest first', () => {
    const shares = minutesShares(
      [
        { durationMinutes: 30, speakerIds: ['a'], cityId: 'x' },
        { durationMinutes: 45, speakerIds: ['a', 'b'], cityId: null },
        { durationMinutes: 15, speakerIds: [], cityId: 'y' },
        { durationMinutes: 20, speakerIds: ['b'], cityId: 'y' }
      ],
      new Map([['a', 'Ana'], ['b', 'Bo']]),
      new Map([['x', 'Sofia'], ['y', 'Wuhan']])
    )
    expect(shares.bySpeaker).toEqual([{ id: 'a', name: 'Ana', minutes: 75 }, { id: 'b', name: 'Bo', minutes: 65 }])
    expect(shares.byCity).toEqual([{ id: 'y', name: 'Wuhan', minutes: 35 }, { id: 'x', name: 'Sofia', minutes: 30 }])
  })
})

describe('live progress', () => {
  const run = (currentItemId: string, startedAt: string, currentItemStartedAt: string) =>
    ({ workshopId: 'w', status: 'running', startedAt, finishedAt: null, currentItemId, currentItemStartedAt }) as const
  const plan = [
    { id: 'a', durationMinutes: 10, extraMinutes: 0, actualStart: null },
    { id: 'b', durationMinutes: 20, extraMinutes: 5, actualStart: null },
    { id: 'c', durationMinutes: 30, extraMinutes: 0, actualStart: null }
  ]

  it('say how far behind the run is, counting added minutes', () => {
    // Item a ran 15 minutes instead of 10; b has been going 3 minutes and has 5 extra.
    const state = run('b', '2026-10-23T14:30:00Z', '2026-10-23T14:45:00Z')
    const p = liveProgress(plan, state, Date.parse('2026-10-23T14:48:00Z'))!
    expect(p).toMatchObject({ currentIndex: 1, nextIndex: 2, elapsedSeconds: 180, remainingSeconds: 22 * 60, behindMinutes: 10 })
    expect(p.projectedEnd).toBe('2026-10-23T15:40:00.000Z')
  })

  it('say how far ahead it is, and that the last item has no next', () => {
    const state = run('c', '2026-10-23T14:30:00Z', '2026-10-23T14:50:00Z')
    const p = liveProgress(plan, state, Date.parse('2026-10-23T14:51:00Z'))!
    expect(p).toMatchObject({ nextIndex: null, behindMinutes: -10 })
    expect(liveProgress(plan, { ...state, status: 'finished' }, 0)).toBeNull()
  })
})
