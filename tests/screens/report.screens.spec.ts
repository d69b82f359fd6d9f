import { loadSample } from '../../src/core/sample'
import { expect, test } from '../e2e/fixtures'

test('report composer with the sample workshop', async ({ page, app }) => {
  await loadSample(app.core)
  await app.open()
  await page.getByTestId('workshop-card').first().click()
  await page.getByRole('tab', { name: 'Report' }).click()
  await expect(page.getByTestId('report-preview-page').nth(1)).toBeVisible({ timeout: 30_000 })
  await page.screenshot({ path: 'screenshots/report-composer.png' })
})
