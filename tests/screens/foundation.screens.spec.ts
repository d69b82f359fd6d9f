import { test } from '../e2e/fixtures'

const out = (name: string) => `screenshots/${name}.png`

test('workshop list and edit form', async ({ page, app }) => {
  for (const [title, date, sub] of [
    ['New skills for sustainability, competitiveness and innovation', '2026-10-23', 'IURC Europe–China webinar'],
    ['Green transition in port cities', '2026-06-12', ''],
    ['Vocational training exchange', '2026-03-02', 'Follow-up session']
  ] as const) {
    await app.core.run('createWorkshop', { title, date, subtitle: sub, startTime: '16:30', secondTimeZone: 'Asia/Shanghai' })
  }
  await app.open()
  await page.getByTestId('workshop-card').first().waitFor()
  await page.screenshot({ path: out('workshop-list'), fullPage: true })
  await page.getByTestId('workshop-card').first().click()
  await page.getByTestId('workshop-form').waitFor()
  await page.screenshot({ path: out('workshop-form'), fullPage: true })
  await page.getByRole('navigation').getByRole('button', { name: 'Workshops' }).click()
  await page.getByRole('button', { name: 'New workshop' }).first().click()
  await page.getByRole('dialog').waitFor()
  await page.screenshot({ path: out('workshop-new') })
})
