import { searchFirstPage } from '../../src/shared/domain/search'
import { expect, test } from './fixtures'

test('search shows a few of each kind first, and Show all brings the rest of one kind', async ({ page, app }) => {
  const workshop = await app.core.run('createWorkshop', { title: 'Green hydrogen corridor', date: '2026-10-23' })
  for (let i = 1; i <= 45; i++) await app.core.run('createNote', { workshopId: workshop.id, text: `Electrolyser site visit ${i}` })
  await app.core.run('createAgendaItem', { workshopId: workshop.id, title: 'Electrolyser panel' })
  await app.open()

  await page.keyboard.press('Control+k')
  await page.keyboard.type('electrolyser')
  await page.keyboard.press('Enter')
  const notes = page.locator('[data-testid="search-group"][data-kind="note"]')
  await expect(notes).toContainText(`${searchFirstPage}+`)
  // Newest first: the last note written leads.
  await expect(page.locator('[data-testid="search-hit"][data-kind="note"]').first()).toContainText('Electrolyser site visit 45')
  const agenda = page.locator('[data-testid="search-group"][data-kind="agenda_item"]')
  await expect(agenda.getByTestId('search-show-all')).toHaveCount(0)

  await notes.getByTestId('search-show-all').click()
  await expect(notes).toContainText('45')
  await expect(notes).not.toContainText('+')
  await expect(notes.getByTestId('search-show-all')).toHaveCount(0)
  // The list is virtualised: the oldest note is there once scrolled to.
  await page.getByTestId('search-results').locator('div[style*="overflow"]').evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await expect(page.getByTestId('search-hit').filter({ hasText: /visit 1$/ })).toBeVisible()
})
