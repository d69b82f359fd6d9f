import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Clicks a suggested theme on the case study of one city; nothing is tagged before the click. */
async function acceptSuggestion(page: Page, workshopId: string, cityId: string, theme: string) {
  await page.evaluate(([w, c]) => (window.location.hash = `#/workshops/${w}/cases?focus=${c}`), [workshopId, cityId])
  const cooperation = page.getByTestId('section-cooperation')
  await cooperation.getByRole('button', { name: new RegExp(`suggested theme ${theme}`) }).click()
  await expect(cooperation.getByTestId('applied-theme').filter({ hasText: theme })).toBeVisible()
}

test('tag cooperation areas for three cities from the suggestions, then see the top pair and its evidence', async ({ page, app }) => {
  const run = app.core.run
  const workshop = await run('createWorkshop', { title: 'Tourism and skills', date: '2026-10-23' })
  const areas = {
    Ioannina: { group: 'europe', texts: ['Sustainable tourism for visitors', 'Regular training for staff'] },
    Haikou: { group: 'china', texts: ['Smart solutions for tourism', 'Joint vocational training'] },
    Sofia: { group: 'europe', texts: ['Vocational education and training'] }
  } as const
  const ids: Record<string, string> = {}
  for (const [name, { group, texts }] of Object.entries(areas)) {
    const city = await run('createCity', { name, group })
    ids[name] = city.id
    await run('addWorkshopCity', { workshopId: workshop.id, cityId: city.id })
    for (const text of texts) await run('createCaseStudyItem', { workshopId: workshop.id, cityId: city.id, kind: 'cooperation', text })
  }

  await app.open()
  await acceptSuggestion(page, workshop.id, ids.Ioannina!, 'Tourism')
  await acceptSuggestion(page, workshop.id, ids.Ioannina!, 'Vocational education and training')
  await acceptSuggestion(page, workshop.id, ids.Haikou!, 'Tourism')
  await acceptSuggestion(page, workshop.id, ids.Haikou!, 'Vocational education and training')
  await acceptSuggestion(page, workshop.id, ids.Sofia!, 'Vocational education and training')
  // "Sustainable" suggested Green transition too, but nobody clicked it. A tag shows as soon
  // as it is clicked and is saved just after: wait for the last save.
  const saved = async () => (await run('listThemeTags', { workshopId: workshop.id })).flatMap((t) => t.themeIds)
  await expect.poll(saved).toHaveLength(5)

  await page.getByRole('tab', { name: 'Synergies' }).click()
  await expect(page.getByTestId('matrix-row')).toHaveCount(3)
  await expect(page.getByTestId('score-explained')).toContainText('weighted by how few cities have it')
  // Tourism is rarer than training (two cities against three), so the pair sharing it comes first.
  const top = page.getByTestId('pair').first()
  await expect(top.getByTestId('pair-cities')).toHaveText('Haikou + Ioannina')
  await expect(top).toContainText('Europe–China')
  await expect(top.getByTestId('shared-theme').first()).toContainText('Tourism')
  await top.getByRole('button', { name: 'Show the evidence' }).click()
  await expect(top.getByTestId('evidence').first()).toContainText('Smart solutions for tourism')
  await expect(top.getByTestId('evidence').nth(1)).toContainText('Sustainable tourism for visitors')

  // Filtering to one group keeps its cities only: Haikou alone has nobody to pair with.
  await page.getByRole('radiogroup', { name: 'Group' }).getByText('China', { exact: true }).click()
  await expect(page.getByTestId('matrix-row')).toHaveCount(1)
  await expect(page.getByText('No two cities share a theme yet.')).toBeVisible()
  await page.getByRole('radiogroup', { name: 'Group' }).getByText('All', { exact: true }).click()

  // The cell's items are one click away, and from there the case study they came from.
  await page.getByRole('button', { name: 'Ioannina: 1 item on Tourism' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Sustainable tourism for visitors')
  await dialog.getByRole('button', { name: 'Open in the case study' }).click()
  await expect(page.getByTestId('section-cooperation')).toContainText('Tourism')
  await expect(page).toHaveURL(new RegExp(`focus=${ids.Ioannina}`))

  // Across every workshop the same pair leads.
  await page.getByRole('navigation').getByRole('button', { name: 'Synergies' }).click()
  await expect(page.getByTestId('pair').first().getByTestId('pair-cities')).toHaveText('Haikou + Ioannina')
})

test('create a theme on the themes screen, then merge it into another: its tags follow', async ({ page, app }) => {
  const run = app.core.run
  const workshop = await run('createWorkshop', { title: 'Merge check', date: '2026-10-23' })
  const city = await run('createCity', { name: 'Wuhan', group: 'china' })
  await run('addWorkshopCity', { workshopId: workshop.id, cityId: city.id })
  const item = await run('createCaseStudyItem', { workshopId: workshop.id, cityId: city.id, kind: 'cooperation', text: 'Summer youth camps' })

  await app.open()
  await page.getByRole('navigation').getByRole('button', { name: 'Synergies' }).click()
  await page.getByRole('button', { name: 'Themes' }).click()
  await page.getByRole('button', { name: 'New theme' }).click()
  const form = page.getByRole('dialog')
  await form.getByLabel('Name (English)').fill('Youth camps')
  await form.getByLabel('Name (Chinese)').fill('青年营')
  await form.getByLabel('Keywords and synonyms').fill('youth')
  await form.getByLabel('Keywords and synonyms').press('Enter')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByTestId('theme-row').filter({ hasText: 'Youth camps' })).toContainText('青年营')

  const created = (await run('listThemes', {})).find((t) => t.name === 'Youth camps')!
  expect(created.keywords).toEqual(['youth'])
  await run('tagTheme', { targetId: item.id, themeId: created.id })

  await page.getByRole('button', { name: /^Youth camps: / }).click()
  await page.getByRole('menuitem', { name: 'Merge…' }).click()
  const merge = page.getByRole('dialog')
  await merge.getByLabel('Merge into').click()
  await page.getByRole('option', { name: 'Academic exchange' }).click()
  await merge.getByRole('button', { name: 'Merge' }).click()
  // Gone as a theme; its name lives on as a keyword of the theme it joined.
  await expect(page.getByTestId('theme-row').getByRole('button', { name: 'Youth camps', exact: true })).toHaveCount(0)
  await expect(page.getByTestId('theme-row').filter({ hasText: 'Academic exchange' })).toContainText('Youth camps, 青年营')
  await expect(page.getByTestId('theme-row').filter({ hasText: 'Academic exchange' })).toContainText('1 tag')

  const academic = (await run('listThemes', {})).find((t) => t.name === 'Academic exchange')!
  expect(await run('listThemeTags', { workshopId: workshop.id })).toEqual([{ target: 'item', targetId: item.id, themeIds: [academic.id] }])
})
