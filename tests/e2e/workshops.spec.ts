import { expect, test } from './fixtures'

test('a workshop created in the UI is still there after a reload, and edits autosave', async ({ page, app }) => {
  await app.open()
  await expect(page.getByTestId('empty-state')).toContainText('No workshops yet')

  await page.getByRole('button', { name: 'New workshop' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel(/^Title/).fill('Skills for a green and digital future')
  await dialog.getByLabel('Date').fill('2026-10-23')
  await dialog.getByLabel('Start time').fill('16:30')
  await dialog.getByRole('button', { name: 'Create' }).click()

  await expect(page.getByTestId('workshop-title')).toHaveText('Skills for a green and digital future')
  await page.getByLabel('Subtitle').fill('Europe–China webinar')
  await page.getByLabel('Organiser').fill('IURC')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')

  await page.reload()
  await expect(page.getByLabel('Subtitle')).toHaveValue('Europe–China webinar')
  await page.getByRole('navigation').getByRole('button', { name: 'Workshops' }).click()
  await expect(page.getByTestId('workshop-card')).toHaveCount(1)
  await expect(page.getByTestId('workshop-card')).toContainText('Skills for a green and digital future')

  // The database itself holds what the UI showed.
  const saved = await app.core.run('listWorkshops', {})
  expect(saved.map((w) => [w.title, w.date, w.startTime])).toEqual([['Skills for a green and digital future', '2026-10-23', '16:30']])
})

test('an invalid field shows its message next to the field and saves nothing', async ({ page, app }) => {
  const created = await app.core.run('createWorkshop', { title: 'Kept title', date: '2026-03-29' })
  await app.open()
  await page.getByTestId('workshop-card').click()
  await page.getByLabel(/^Title/).fill('')
  await expect(page.getByText('Required.', { exact: true })).toBeVisible()
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'error')
  const detail = await app.core.run('getWorkshop', { id: created.id })
  expect(detail.workshop.title).toBe('Kept title')
})

test('a long workshop list renders only the cards in view and scrolls to the oldest', async ({ page, app }) => {
  const { insertWorkshop } = await import('../../src/core/db/workshops')
  const base = { subtitle: '', startTime: '09:00', timeZone: 'Europe/Brussels', secondTimeZone: null, plannedEndTime: null, format: 'online' as const, location: '', organiser: '', intro: '', keyMessages: '', conclusions: '' }
  app.core.db.transaction(() => {
    for (let i = 0; i < 3000; i++) {
      const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
      insertWorkshop(app.core.db, { ...base, title: `Workshop ${String(i).padStart(4, '0')}`, date: day })
    }
  })()
  await app.open()
  await expect(page.getByTestId('workshop-card').first()).toContainText('Workshop 2999')
  expect(await page.getByTestId('workshop-card').count()).toBeLessThan(100)
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await expect(page.getByText('Workshop 0000', { exact: true })).toBeVisible()
})

test.describe('on a system set to Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('the first start is in Chinese and remembers it; a language chosen later wins', async ({ page, app }) => {
    await app.open()
    await expect(page.getByRole('navigation').getByRole('button', { name: '研讨会' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    expect(await app.core.run('getPreferences', {})).toMatchObject({ language: 'zh' })

    await app.core.run('updatePreferences', { language: 'en' })
    await page.reload()
    await expect(page.getByRole('navigation').getByRole('button', { name: 'Workshops' })).toBeVisible()
  })
})
