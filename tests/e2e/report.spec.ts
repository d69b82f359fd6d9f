import { readFileSync } from 'node:fs'
import { loadSample } from '../../src/core/sample'
import { expect, test } from './fixtures'

test('the report tab previews the PDF, remembers its settings and saves the file', async ({ page, app }) => {
  const { workshopId } = await loadSample(app.core)
  await app.open()
  await page.getByTestId('workshop-card').first().click()
  await page.getByRole('tab', { name: 'Report' }).click()

  // The preview draws the pages of the real PDF made on the service's worker thread.
  const pages = page.getByTestId('report-preview-page')
  await expect(pages.first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(/^\d+ pages$/)).toBeVisible()

  await page.getByRole('textbox', { name: 'Title on the report' }).fill('Skills webinar: summary')
  await page.getByTestId('report-composer').getByText('Letter', { exact: true }).click()
  await page.getByRole('checkbox', { name: 'Talks' }).uncheck()
  // Saved shortly after the last change (the composer waits for typing to pause).
  await expect
    .poll(async () => {
      const saved = await app.core.run('getReportSettings', { workshopId })
      return [saved.paper, saved.titleOverride, saved.sections.includes('talks')]
    }, { timeout: 10_000 })
    .toEqual(['letter', 'Skills webinar: summary', false])

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save PDF' }).click()
  const file = await (await download).path()
  const bytes = readFileSync(file)
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
  await expect(page.getByTestId('report-saved')).toContainText('.pdf')

  // Settings survive a reload.
  await page.reload()
  await page.getByRole('tab', { name: 'Report' }).click()
  await expect(page.getByRole('textbox', { name: 'Title on the report' })).toHaveValue('Skills webinar: summary')
})
