import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import ical from 'node-ical'
import { expect, test } from './fixtures'

const rows = (page: Page) => page.getByTestId('agenda-row')
const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash)

/** Adds an item through the toolbar, types its title into the focused field and sets its minutes. */
async function addItem(page: Page, title: string, minutes: number) {
  const before = await rows(page).count()
  await page.getByRole('button', { name: 'Add item' }).click()
  await expect(rows(page)).toHaveCount(before + 1)
  const row = rows(page).nth(before)
  await expect(row.getByTestId('agenda-title')).toBeFocused()
  await page.keyboard.type(title)
  await page.keyboard.press('Enter')
  await row.getByTestId('agenda-duration').fill(String(minutes))
  await row.getByTestId('agenda-duration').press('Enter')
  await expect(row.getByTestId('agenda-duration')).toHaveValue(String(minutes))
}

const text = async (row: ReturnType<typeof rows>, testId: string) => (await row.getByTestId(testId).innerText()).replace(/\s+/g, ' ')

const times = async (page: Page) =>
  (await rows(page).all()).map(async (row) => [
    await row.getByTestId('agenda-title').inputValue(),
    await text(row, 'agenda-time'),
    await text(row, 'agenda-second-time')
  ])

test('a five-item agenda shows both zones, reorders by keyboard, undoes a delete and exports the same times as ICS', async ({ page, app }) => {
  const w = await app.core.run('createWorkshop', { title: 'Skills webinar', date: '2026-10-23', startTime: '16:30', secondTimeZone: 'Asia/Shanghai' })
  await app.open()
  await goTo(page, `#/workshops/${w.id}/agenda`)
  await expect(page.getByTestId('empty-state')).toBeVisible()

  await addItem(page, 'Welcome', 10)
  await addItem(page, 'Skills Agenda for Europe', 30)
  await addItem(page, 'Case studies', 45)
  await page.getByRole('button', { name: 'Add break' }).click()
  await expect(rows(page)).toHaveCount(4)
  await addItem(page, 'Panel', 60)

  // Friday 23 October 2026 is still summer time: Shanghai is six hours ahead, and past midnight.
  await expect(rows(page).nth(4).getByTestId('agenda-time')).toHaveText('18:10–19:10')
  await expect(rows(page).nth(4).getByTestId('agenda-second-time')).toContainText('00:10–01:10')
  await expect(rows(page).nth(4).getByTestId('agenda-second-time')).toContainText('Sat 24 Oct')
  expect(await Promise.all(await times(page))).toEqual([
    ['Welcome', '16:30–16:40', '22:30–22:40'],
    ['Skills Agenda for Europe', '16:40–17:10', '22:40–23:10'],
    ['Case studies', '17:10–17:55', '23:10–23:55'],
    ['Break', '17:55–18:10', '23:55–00:10 → Sat 24 Oct'],
    ['Panel', '18:10–19:10', '00:10–01:10 Sat 24 Oct']
  ])
  await expect(page.getByTestId('agenda-total')).toContainText('2 h 40')

  // Keyboard reorder: Space picks up, the arrow moves, Space drops.
  const handle = rows(page).nth(0).getByTestId('agenda-handle')
  await handle.focus()
  await page.keyboard.press('Space')
  await expect(handle).toHaveAttribute('aria-pressed', 'true')
  // dnd-kit starts listening for the arrow keys in a zero-delay timer after the pick-up: let it run.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)))
  await page.keyboard.press('ArrowDown')
  // The item below makes room (moves up) once the dragged item is over it; then drop.
  await expect(rows(page).nth(1)).toHaveAttribute('style', /translate3d\(0px, -/)
  await page.keyboard.press('Space')
  await expect(rows(page).nth(0).getByTestId('agenda-title')).toHaveValue('Skills Agenda for Europe')
  await expect(rows(page).nth(1).getByTestId('agenda-time')).toHaveText('17:00–17:10')
  expect((await Promise.all(await times(page))).slice(0, 2)).toEqual([
    ['Skills Agenda for Europe', '16:30–17:00', '22:30–23:00'],
    ['Welcome', '17:00–17:10', '23:00–23:10']
  ])
  const saved = await app.core.run('getAgenda', { workshopId: w.id })
  expect(saved.items.map((i) => i.title)).toEqual(['Skills Agenda for Europe', 'Welcome', 'Case studies', 'Break', 'Panel'])

  // Delete with undo: the item comes back in its place.
  await rows(page).nth(2).getByTestId('agenda-menu').click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  await expect(rows(page)).toHaveCount(4)
  await page.getByTestId('agenda-undo').click()
  await expect(rows(page)).toHaveCount(5)
  await expect(rows(page).nth(2).getByTestId('agenda-title')).toHaveValue('Case studies')

  // The calendar file the app downloads parses back into the instants on screen.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export calendar (.ics)' }).click()
  const events = Object.values(ical.sync.parseICS(readFileSync((await (await download).path())!, 'utf8')))
    .filter((c): c is ical.VEvent => c.type === 'VEVENT')
    .sort((a, b) => +a.start - +b.start)
  expect(events.map((e) => [e.summary, e.start.toISOString()])).toEqual(saved.items.map((i) => [i.title, new Date(i.start).toISOString()]))

  // The same agenda on Monday 26 October, after the change: Shanghai moves one hour later.
  await app.core.run('updateWorkshop', { id: w.id, date: '2026-10-26' })
  await page.reload()
  await expect(rows(page).nth(0).getByTestId('agenda-time')).toHaveText('16:30–17:00')
  await expect.poll(() => text(rows(page).nth(0), 'agenda-second-time')).toBe('23:30–00:00 → Tue 27 Oct')
  await expect.poll(() => text(rows(page).nth(4), 'agenda-second-time')).toBe('01:10–02:10 Tue 27 Oct')
})

test('live mode runs through two items on a clock the test controls, and a reload loses nothing', async ({ page, app }) => {
  const w = await app.core.run('createWorkshop', { title: 'Skills webinar', date: '2026-10-23', startTime: '16:30', secondTimeZone: 'Asia/Shanghai' })
  for (const [title, durationMinutes] of [['Welcome', 10], ['Keynote', 30], ['Panel', 45]] as const) {
    await app.core.run('createAgendaItem', { workshopId: w.id, title, durationMinutes })
  }
  await page.clock.install({ time: new Date('2026-10-23T14:29:00Z') })
  await app.open()
  await goTo(page, `#/live/${w.id}`)
  await page.clock.pauseAt(new Date('2026-10-23T14:30:00Z'))
  await expect(page.getByTestId('live-clock')).toContainText('16:30')
  await expect(page.getByTestId('live-clock')).toContainText('22:30')

  await page.getByTestId('live-start').click()
  await expect(page.getByTestId('live-current-title')).toHaveText('Welcome')
  await page.clock.fastForward('12:00')
  await expect(page.getByTestId('live-elapsed')).toHaveText('12:00')
  await expect(page.getByTestId('live-remaining')).toHaveText('2:00')
  await expect(page.getByText('Over by')).toBeVisible()
  await expect(page.getByTestId('live-pace')).toHaveText('2 min behind')
  await expect(page.getByTestId('live-next')).toContainText('Keynote')

  await page.getByTestId('live-advance').click()
  await expect(page.getByTestId('live-current-title')).toHaveText('Keynote')
  await page.clock.fastForward('05:00')
  await page.getByTestId('live-add-five').click()
  await expect(page.getByTestId('live-remaining')).toHaveText('30:00')
  await expect(page.getByTestId('live-pace')).toHaveText('7 min behind')

  await page.reload()
  await expect(page.getByTestId('live-current-title')).toHaveText('Keynote')
  await expect(page.locator('[data-current]')).toContainText('Keynote')
  await page.getByTestId('live-advance').click()
  await expect(page.getByTestId('live-current-title')).toHaveText('Panel')

  const state = await app.core.run('getLiveState', { workshopId: w.id })
  const items = (await app.core.run('getAgenda', { workshopId: w.id })).items
  expect(state.currentItemId).toBe(items[2]!.id)
  expect(items.map((i) => [i.actualStart, i.actualEnd, i.extraMinutes])).toEqual([
    ['2026-10-23T14:30:00.000Z', '2026-10-23T14:42:00.000Z', 0],
    ['2026-10-23T14:42:00.000Z', '2026-10-23T14:47:00.000Z', 5],
    ['2026-10-23T14:47:00.000Z', null, 0]
  ])
})
