import type { Page } from '@playwright/test'
import type { RunningApp } from '../e2e/fixtures'
import { expect, test } from '../e2e/fixtures'

const out = (name: string) => `screenshots/${name}.png`
const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash)

/** The seed webinar's agenda: Friday 23 October 2026, 16:30 Brussels, Shanghai beside it. */
async function seedWebinar(app: RunningApp) {
  const run = app.core.run
  const w = await run('createWorkshop', {
    title: 'New skills for sustainability, competitiveness and innovation',
    date: '2026-10-23',
    startTime: '16:30',
    plannedEndTime: '19:30',
    secondTimeZone: 'Asia/Shanghai'
  })
  const speaker = async (name: string) => {
    const s = await run('createSpeaker', { name })
    await run('addWorkshopSpeaker', { workshopId: w.id, speakerId: s.id })
    return s.id
  }
  const city = async (name: string, nativeName: string, group: 'europe' | 'china') => {
    const c = await run('createCity', { name, nativeName, group })
    await run('addWorkshopCity', { workshopId: w.id, cityId: c.id })
    return c.id
  }
  const floriske = await speaker('Floriske Deutman')
  const li = await speaker('Li Wei 李伟')
  const sofia = await city('Sofia', '', 'europe')
  const hangzhou = await city('Hangzhou', '杭州', 'china')
  const xian = await city("Xi'an", '西安', 'china')
  const add = (title: string, kind: 'welcome' | 'talk' | 'case_study' | 'panel' | 'discussion' | 'break', durationMinutes: number, extra = {}) =>
    run('createAgendaItem', { workshopId: w.id, title, kind, durationMinutes, ...extra })
  await add('Welcome and introduction', 'welcome', 10, { speakerIds: [floriske], facilitatorNotes: 'Check that interpretation is on.' })
  await add('Skills Agenda for Europe: 12 flagship actions', 'talk', 30, { speakerIds: [floriske] })
  await add('Sofia: digital skills and entrepreneurship', 'case_study', 20, { cityId: sofia })
  await add('Hangzhou: cross-border e-commerce talent', 'case_study', 20, { cityId: hangzhou, speakerIds: [li] })
  await add('Break', 'break', 15)
  await add("Xi'an: industry–education integration", 'case_study', 20, { cityId: xian })
  await add('Panel: triple helix cooperation', 'panel', 45, { speakerIds: [floriske, li] })
  await add('Open discussion and next steps', 'discussion', 30)
  return w
}

test('agenda editor in two zones', async ({ page, app }) => {
  const w = await seedWebinar(app)
  await app.open()
  await goTo(page, `#/workshops/${w.id}/agenda`)
  await expect(page.getByTestId('agenda-row')).toHaveCount(8)
  await page.screenshot({ path: out('agenda-editor'), fullPage: true })
  await page.getByTestId('agenda-row').nth(1).getByRole('button', { name: 'Notes' }).click()
  await page.getByTestId('agenda-menu').nth(1).click()
  await page.screenshot({ path: out('agenda-editor-menu') })
})

test('agenda editor and live mode in Chinese', async ({ page, app }) => {
  const w = await seedWebinar(app)
  await app.core.run('updatePreferences', { language: 'zh' })
  await app.open()
  await goTo(page, `#/workshops/${w.id}/agenda`)
  await expect(page.getByTestId('agenda-row')).toHaveCount(8)
  await page.screenshot({ path: out('agenda-editor-zh'), fullPage: true })
  await goTo(page, `#/live/${w.id}`)
  await page.getByTestId('live-start').click()
  await expect(page.getByTestId('live-current-title')).toBeVisible()
  await page.screenshot({ path: out('live-running-zh'), fullPage: true })
})

test('live mode', async ({ page, app }) => {
  const w = await seedWebinar(app)
  await page.clock.install({ time: new Date('2026-10-23T14:29:00Z') })
  await app.open()
  await goTo(page, `#/live/${w.id}`)
  await page.clock.pauseAt(new Date('2026-10-23T14:31:00Z'))
  await page.getByTestId('live-start').waitFor()
  await page.screenshot({ path: out('live-not-started'), fullPage: true })
  await page.getByTestId('live-start').click()
  await page.clock.fastForward('12:00')
  await page.getByTestId('live-advance').click()
  await expect(page.getByTestId('live-current-title')).toContainText('Skills Agenda')
  await page.clock.fastForward('18:20')
  await expect(page.getByTestId('live-elapsed')).toHaveText('18:20')
  await page.screenshot({ path: out('live-running'), fullPage: true })
  await page.clock.fastForward('15:00')
  await page.screenshot({ path: out('live-over'), fullPage: true })
})
