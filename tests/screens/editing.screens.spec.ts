import type { Page } from '@playwright/test'
import { loadSample } from '../../src/core/sample'
import { expect, test } from '../e2e/fixtures'

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/editing-${name}.png`, fullPage: true })

// Each main editing screen, in English and 中文, light and dark, over the sample workshop.
for (const language of ['en', 'zh'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`editing screens ${language} ${colorScheme}`, async ({ page, app }) => {
      const ids = await loadSample(app.core)
      await app.core.run('updatePreferences', { language, colorScheme })
      const suffix = `${language}-${colorScheme}`
      const go = async (hash: string, ready: string) => {
        await page.evaluate((h) => (window.location.hash = h), hash)
        await page.getByTestId(ready).first().waitFor()
        await page.waitForTimeout(300)
      }
      await app.open()
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme)
      await go('#/workshops', 'workshop-card')
      await shot(page, `workshop-list-${suffix}`)
      await go(`#/workshops/${ids.workshopId}/details`, 'workshop-form')
      await shot(page, `workshop-details-${suffix}`)
      await go(`#/workshops/${ids.workshopId}/participants`, 'workshop-cities')
      await shot(page, `workshop-participants-${suffix}`)
      await go(`#/workshops/${ids.workshopId}/cases?focus=${ids.cityIds[1]}`, 'case-study-editor')
      await shot(page, `case-study-${suffix}`)
      await go('#/speakers', 'speaker-list')
      await shot(page, `speakers-${suffix}`)
      await go(`#/speakers/${ids.speakerId}`, 'speaker-workshops')
      await shot(page, `speaker-${suffix}`)
      await go('#/cities', 'city-list')
      await shot(page, `cities-${suffix}`)
      await go(`#/cities/${ids.cityIds[3]}`, 'city-history')
      await shot(page, `city-${suffix}`)
    })
  }
}

test('empty editing screens', async ({ page, app }) => {
  await app.open()
  await shot(page, 'empty-workshops')
  await page.evaluate(() => (window.location.hash = '#/speakers'))
  await page.getByTestId('empty-state').waitFor()
  await shot(page, 'empty-speakers')
})

test('delete confirmation and undo toast', async ({ page, app }) => {
  const ids = await loadSample(app.core)
  await app.open()
  await page.evaluate((h) => (window.location.hash = h), `#/workshops/${ids.workshopId}/cases?focus=${ids.cityIds[3]}`)
  const row = page.getByTestId('item-practice').first()
  await row.getByRole('button', { name: 'Delete entry' }).click()
  await page.getByRole('button', { name: 'Delete', exact: true }).waitFor()
  await shot(page, 'delete-confirm')
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await page.getByTestId('undo-delete').waitFor()
  await page.waitForTimeout(400)
  await page.screenshot({ path: 'screenshots/editing-undo-toast.png' })
})

