import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Picks an existing entry or creates one from the typed name, as the facilitator does. */
async function addOrCreate(page: Page, label: string, name: string) {
  await page.getByRole('combobox', { name: label }).click()
  await page.getByRole('combobox', { name: label }).fill(name)
  await page.getByRole('option', { name: `+ Create “${name}”` }).click()
}

async function addEntry(page: Page, section: string, text: string) {
  const box = page.getByTestId(`section-${section}`).getByRole('textbox').last()
  await box.fill(text)
  await box.press('Enter')
  await expect(page.getByTestId(`section-${section}`).getByRole('textbox').last()).toHaveValue('')
}

test('a whole workshop dossier entered through the UI is all there after a reload', async ({ page, app }) => {
  await app.open()
  await page.getByRole('button', { name: 'New workshop' }).first().click()
  await page.getByRole('dialog').getByLabel(/^Title/).fill('Skills webinar')
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click()
  await expect(page.getByTestId('workshop-title')).toHaveText('Skills webinar')

  await page.getByRole('tab', { name: 'Participants' }).click()
  await addOrCreate(page, 'Add a speaker', 'Floriske Deutman')
  await expect(page.getByTestId('workshop-speakers')).toContainText('Floriske Deutman')
  await addOrCreate(page, 'Add a city or region', 'Sofia')
  await addOrCreate(page, 'Add a city or region', 'Hangzhou')
  await expect(page.getByTestId('workshop-cities').getByTestId('sortable-row')).toHaveCount(2)

  // Keyboard reordering: Hangzhou moves above Sofia with Space, ArrowUp, Space.
  await page.getByRole('button', { name: 'Move Hangzhou', exact: true }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByText('Picked up. Use the arrow keys to move it.')).toBeAttached()
  await page.keyboard.press('ArrowUp')
  // dnd-kit moves the row on the next frames, and dropping before it has would drop it in
  // place: wait until the row is drawn above its old place (a fixed pause was not enough on
  // a busy machine).
  const movedRow = page.getByTestId('workshop-cities').getByTestId('sortable-row').filter({ hasText: 'Hangzhou' })
  await expect.poll(() => movedRow.evaluate((row) => (row as HTMLElement).style.transform)).toMatch(/translate3d\(0px, -\d/)
  await page.keyboard.press('Space')
  await expect(page.getByText('Dropped.')).toBeAttached()
  await expect(page.getByTestId('workshop-cities').getByTestId('sortable-row').first()).toContainText('Hangzhou')

  await page.getByRole('tab', { name: 'Case studies' }).click()
  await page.getByTestId('case-study-city').filter({ hasText: 'Sofia' }).click()
  await addEntry(page, 'practice', 'Argentum strengthens the silver economy')
  await addEntry(page, 'practice', 'Smart Garden')
  await addEntry(page, 'cooperation', 'Vocational education and training')
  await page.getByTestId('case-study-city').filter({ hasText: 'Hangzhou' }).click()
  await addEntry(page, 'cooperation', 'Shared talent pool')
  await addEntry(page, 'quote', 'There is a need for global minded talent.')
  const quote = page.getByTestId('item-quote')
  await quote.getByLabel('Or attributed to').fill('Hangzhou delegation')
  await quote.getByLabel('Approved for publication').check()
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')

  await page.reload()
  await expect(page.getByTestId('item-quote').getByLabel('Or attributed to')).toHaveValue('Hangzhou delegation')
  await expect(page.getByTestId('item-quote').getByLabel('Approved for publication')).toBeChecked()
  await page.getByTestId('case-study-city').filter({ hasText: 'Sofia' }).click()
  await expect(page.getByTestId('item-practice')).toHaveCount(2)
  await expect(page.getByTestId('item-cooperation').getByRole('textbox')).toHaveValue('Vocational education and training')

  // The speaker's page lists the workshop; the city's dossier shows its case study.
  await page.getByRole('navigation').getByRole('button', { name: 'Speakers' }).click()
  await page.getByRole('button', { name: 'Floriske Deutman' }).click()
  await expect(page.getByTestId('speaker-workshops')).toContainText('Skills webinar')
  await page.getByRole('navigation').getByRole('button', { name: 'Cities & regions' }).click()
  await page.getByTestId('list-search').fill('sof')
  await expect(page.getByTestId('city-list').getByRole('row')).toHaveCount(2)
  await page.getByRole('button', { name: 'Sofia' }).click()
  await expect(page.getByTestId('city-history')).toContainText('Argentum strengthens the silver economy')

  const [workshop] = await app.core.run('listWorkshops', {})
  const detail = await app.core.run('getWorkshop', { id: workshop!.id })
  expect(detail.cities.map((c) => c.name)).toEqual(['Hangzhou', 'Sofia'])
  const hangzhou = await app.core.run('getCaseStudy', { workshopId: workshop!.id, cityId: detail.cities[0]!.id })
  expect(hangzhou.items.find((i) => i.kind === 'quote')).toMatchObject({ attribution: 'Hangzhou delegation', approved: true })
})

test('the sample workshop loads from the empty list; switching to 中文 changes the labels and is remembered', async ({ page, app }) => {
  await app.open()
  await page.getByTestId('empty-secondary').click()
  await page.getByRole('tab', { name: 'Participants' }).click()
  await expect(page.getByTestId('workshop-cities').getByTestId('sortable-row')).toHaveCount(10)
  await expect(page.getByTestId('workshop-cities')).toContainText("Xi'an · 西安")
  await page.getByRole('navigation').getByRole('button', { name: 'Workshops' }).click()
  await page.getByRole('combobox', { name: 'Language' }).click()
  await page.getByRole('option', { name: '中文' }).click()
  await expect(page.getByRole('navigation').getByRole('button', { name: '发言人' })).toBeVisible()
  await page.getByTestId('workshop-card').click()
  await expect(page.getByRole('tab', { name: '参与者' })).toBeVisible()
  await expect(page.getByRole('tab', { name: '案例' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('tab', { name: '详情' })).toBeVisible()

  // Keyboard: Alt+2 goes to the speakers, / jumps to the list's search box.
  await page.getByRole('tab', { name: '详情' }).focus()
  await page.keyboard.press('Alt+2')
  await expect(page.getByRole('heading', { name: '发言人', level: 2 })).toBeVisible()
  await page.keyboard.press('/')
  await expect(page.getByTestId('list-search')).toBeFocused()
})

test('hostile text in a title and a note is shown as text and breaks nothing; deletes can be undone', async ({ page, app }) => {
  const html = '<img src=x onerror=alert(1)>'
  const sql = "Robert'); DROP TABLE workshops;--"
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const ids = await app.core.run('loadSampleWorkshop', {})
  await app.open()
  await page.getByTestId('workshop-card').click()
  await page.getByLabel(/^Title/).fill(`${html} ${sql}`)
  await page.getByTestId('markdown-intro').getByRole('textbox').fill(`${html}\n\n${sql}\n\n[IURC](https://example.org/iurc)`)
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await expect(page.getByTestId('workshop-title')).toHaveText(`${html} ${sql}`)
  const preview = page.getByTestId('markdown-intro').getByRole('region')
  await expect(preview).toContainText(html)
  // Markdown's typographer curls the quote and the dashes; the text itself is kept.
  await expect(preview).toContainText('DROP TABLE workshops;')
  await expect(page.locator('img[src="x"]')).toHaveCount(0)

  // A link asks first and never takes the app window away.
  const before = page.url()
  await preview.getByRole('link', { name: 'IURC' }).click()
  await expect(page.getByTestId('external-url')).toHaveText('https://example.org/iurc')
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
  expect(page.url()).toBe(before)

  await page.getByRole('tab', { name: 'Case studies' }).click()
  await addEntry(page, 'follow_up', `${html} ${sql}`)
  await expect(page.getByTestId('item-follow_up').getByRole('textbox')).toHaveValue(`${html} ${sql}`)
  await page.getByTestId('item-follow_up').getByRole('button', { name: 'Delete entry' }).click()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page.getByTestId('item-follow_up')).toHaveCount(0)
  await page.getByTestId('undo-delete').click()
  await expect(page.getByTestId('item-follow_up')).toHaveCount(1)

  await page.reload()
  await expect(page.getByTestId('item-follow_up').getByRole('textbox')).toHaveValue(`${html} ${sql}`)
  expect(dialogs).toEqual([])
  const stored = await app.core.run('getWorkshop', { id: ids.workshopId })
  expect(stored.workshop.title).toBe(`${html} ${sql}`)
  expect(await app.core.run('listWorkshops', {})).toHaveLength(1)
})
