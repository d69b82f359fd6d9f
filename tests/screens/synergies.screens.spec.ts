import type { Page } from '@playwright/test'
import { loadSample } from '../../src/core/sample'
import { expect, test } from '../e2e/fixtures'

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/synergies-${name}.png`, fullPage: true })

// The matrix, the pairings with their evidence, the themes and the tagger, over the sample workshop.
for (const [language, colorScheme] of [
  ['en', 'light'],
  ['zh', 'light'],
  ['en', 'dark']
] as const) {
  test(`synergy screens ${language} ${colorScheme}`, async ({ page, app }) => {
    const ids = await loadSample(app.core)
    await app.core.run('updatePreferences', { language, colorScheme })
    const suffix = `${language}-${colorScheme}`
    const go = async (hash: string, ready: string) => {
      // tests/screens is type-checked without the DOM library, hence no \`window\` here.
      await page.evaluate((h) => {
        ;(globalThis as unknown as { location: { hash: string } }).location.hash = h
      }, hash)
      await page.getByTestId(ready).first().waitFor()
      await page.waitForTimeout(300)
    }
    await app.open()
    await go(`#/workshops/${ids.workshopId}/synergies`, 'synergy-matrix')
    await shot(page, `workshop-${suffix}`)
    await page.getByTestId('pair').first().getByRole('button').click()
    await page.waitForTimeout(400)
    await page.getByTestId('pair').first().screenshot({ path: `screenshots/synergies-pair-evidence-${suffix}.png` })
    await page.getByTestId('synergy-matrix').getByRole('button').nth(14).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await page.waitForTimeout(300)
    await shot(page, `cell-${suffix}`)
    await page.keyboard.press('Escape')
    await go(`#/workshops/${ids.workshopId}/cases?focus=${ids.cityIds[7]}`, 'theme-tagger')
    await shot(page, `tagger-${suffix}`)
    await app.core.run('createNote', { workshopId: ids.workshopId, cityId: ids.cityIds[0]!, text: 'Sofia would like a joint start-up incubator with a Chinese city' })
    await go(`#/workshops/${ids.workshopId}/notes`, 'note')
    await shot(page, `notes-${suffix}`)
    await go('#/synergies', 'synergy-matrix')
    await shot(page, `across-${suffix}`)
    await go('#/synergies/themes', 'theme-row')
    await shot(page, `themes-${suffix}`)
  })
}
