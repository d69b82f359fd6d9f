import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

// The menu's commands reach the same dispatcher through keyboard shortcuts in browser
// mode; these tests drive it the way a person does, with keys.

test('the New workshop shortcut opens the same dialog as the button, from any screen', async ({ page, app }) => {
  await app.open()
  await page.getByRole('navigation').getByRole('button', { name: 'Speakers' }).click()
  await page.keyboard.press('Alt+Shift+N')
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel(/^Title/)).toBeVisible()
  await dialog.getByLabel(/^Title/).fill('Made from the keyboard')
  await dialog.getByLabel('Date').fill('2026-11-05')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByTestId('workshop-title')).toHaveText('Made from the keyboard')
  expect((await app.core.run('listWorkshops', {})).map((w) => w.title)).toEqual(['Made from the keyboard'])
})

test('the keyboard shortcut list follows the interface language', async ({ page, app }) => {
  await app.open()
  await page.keyboard.press('Control+/')
  const table = page.getByTestId('shortcut-table')
  await expect(table).toContainText('New workshop')
  await expect(table).toContainText('Alt+Shift+N')
  await expect(table).toContainText('Ctrl+Shift+L')
  await page.keyboard.press('Escape')

  await app.core.run('updatePreferences', { language: 'zh' })
  await page.reload()
  await expect(page.getByRole('navigation')).toBeVisible()
  await page.keyboard.press('Control+/')
  await expect(page.getByTestId('shortcut-table')).toContainText('新建研讨会')
})

test('live mode opens the presenter view of the open workshop in its own window', async ({ page, app, context }) => {
  const workshop = await app.core.run('createWorkshop', { title: 'Live one', date: '2026-10-23' })
  await app.open()
  await page.keyboard.press('Control+Shift+L')
  await expect(page.getByText('Open a workshop first.')).toBeVisible()

  await page.getByTestId('workshop-card').click()
  await expect(page.getByTestId('workshop-title')).toHaveText('Live one')
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Control+Shift+L')])
  await presenter.waitForLoadState()
  expect(new URL(presenter.url()).hash).toBe(`#/live/${workshop.id}`)
  await presenter.close()
})

test('the header menu runs the same commands as the desktop menu: About shows where the data lives', async ({ page, app }) => {
  const info = await app.core.run('getAppInfo', {})
  await app.open()
  await page.getByTestId('app-menu').click()
  await page.getByRole('menuitem', { name: 'About Roundtable' }).click()
  const about = page.getByTestId('about')
  await expect(about).toContainText(`Version ${info.version}`)
  await expect(about).toContainText(info.dataFile)
  await about.getByRole('button', { name: 'Close' }).click()

  // The report belongs to a workshop: from the list, the command says what to do first.
  await page.getByTestId('app-menu').click()
  await page.getByRole('menuitem', { name: 'Report…' }).click()
  await expect(page.getByText('Open a workshop first.')).toBeVisible()
})

test('Find goes to the search box', async ({ page, app }) => {
  await app.open()
  await page.keyboard.press('Control+F')
  await expect(page.locator('input[type="search"]').first()).toBeFocused()
})

test('File ▸ Back up now, Export and Import run the Backups screen’s own steps', async ({ page, app }) => {
  await app.core.run('createWorkshop', { title: 'Kept safe', date: '2026-10-23' })
  await app.open()

  await page.keyboard.press('Control+Shift+B')
  await expect(page).toHaveURL(/#\/backups/)
  await expect.poll(async () => (await app.core.run('listBackups', {})).backups.length).toBe(1)

  // Playwright asks Chromium to hand it file choosers only once a 'filechooser' listener is
  // added, and does not wait for Chromium's answer. Listening in the same breath as Ctrl+O
  // races the key press (which is one quick step, unlike a click): on a loaded machine the key
  // won, the app opened the chooser inside the key press as it should, and headless Chromium
  // cancelled it unseen. So listen now; the export's round trips finish the set-up before Ctrl+O.
  const chooserOpened = page.waitForEvent('filechooser')

  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+Shift+E')])
  expect(download.suggestedFilename()).toMatch(/^roundtable-export-.*\.json$/)
  const exported = readFileSync(await download.path(), 'utf8')
  expect(exported).toContain('Kept safe')

  // Import asks for a file with the browser's chooser, then shows the same preview as the button.
  await page.keyboard.press('Control+O')
  await (await chooserOpened).setFiles({ name: 'from-a-colleague.json', mimeType: 'application/json', buffer: Buffer.from(exported) })
  await expect(page.getByTestId('import-preview')).toBeVisible()
})

test('Import… from another screen asks for the file at once, then previews it on the Backups screen', async ({ page, app }) => {
  await app.core.run('createWorkshop', { title: 'Already here', date: '2026-10-23' })
  const { text: exported } = await app.core.run('exportData', {})
  await app.open()
  // Listen first (see the test above), then give Playwright a round trip to set it up.
  const chooserOpened = page.waitForEvent('filechooser')
  await expect(page.getByTestId('workshop-card')).toBeVisible()

  await page.keyboard.press('Control+O')
  const chooser = await chooserOpened
  // The chooser opened inside the key press, before any screen change.
  await expect(page).not.toHaveURL(/#\/backups/)
  await chooser.setFiles({ name: 'from-a-colleague.json', mimeType: 'application/json', buffer: Buffer.from(exported) })
  await expect(page).toHaveURL(/#\/backups/)
  await expect(page.getByTestId('import-preview')).toBeVisible()
})

test('Report… opens the open workshop’s Report tab, where the PDF is saved', async ({ page, app }) => {
  const workshop = await app.core.run('createWorkshop', { title: 'Reported', date: '2026-10-23' })
  await app.open()
  await page.getByTestId('workshop-card').click()
  await page.keyboard.press('Control+P')
  await expect(page).toHaveURL(new RegExp(`#/workshops/${workshop.id}/report`))
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save PDF' }).click()])
  expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
})
