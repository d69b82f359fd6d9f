import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

test('the main editing screens have no serious or critical accessibility violations', async ({ page, app }) => {
  // Eight full-page audits on a shared 2-core machine take a while.
  test.setTimeout(180_000)
  const ids = await app.core.run('loadSampleWorkshop', {})
  await app.open()
  const screens: [string, string][] = [
    ['#/workshops', 'workshop-card'],
    [`#/workshops/${ids.workshopId}/details`, 'workshop-form'],
    [`#/workshops/${ids.workshopId}/participants`, 'workshop-cities'],
    [`#/workshops/${ids.workshopId}/cases?focus=${ids.cityIds[1]}`, 'case-study-editor'],
    ['#/speakers', 'speaker-list'],
    [`#/speakers/${ids.speakerId}`, 'speaker-workshops'],
    ['#/cities', 'city-list'],
    [`#/cities/${ids.cityIds[3]}`, 'city-history']
  ]
  const found: string[] = []
  for (const [hash, ready] of screens) {
    await page.evaluate((h) => (window.location.hash = h), hash)
    await page.getByTestId(ready).first().waitFor()
    // The theme tagger inside case-study entries belongs to the synergies area, audited there.
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('[data-testid="theme-tagger"]').analyze()
    for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      found.push(`${hash}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
    }
  }
  expect(found).toEqual([])
})
