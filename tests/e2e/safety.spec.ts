import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { startCore } from '../../src/core/app'
import { dataFileIn } from '../../src/core/paths'
import { startBrowserServer } from '../../src/server/server'
import { damages, hashOf, healthyDataDir } from '../helpers/damage'
import { expect, requestsElsewhere, test } from './fixtures'

const rendererDir = resolve(process.env.RENDERER_OUT_DIR ?? 'out/renderer')

test('backups screen: back up now, restore with a preview, then undo the restore', async ({ page, app }) => {
  await app.core.run('createWorkshop', { title: 'In the backup', date: '2026-10-23' })
  await app.open()
  await page.getByRole('navigation').getByRole('button', { name: 'Backups & data' }).click()
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByTestId('backup-row')).toHaveCount(1)
  await expect(page.getByTestId('backup-row')).toContainText('1 workshop')

  await app.core.run('createWorkshop', { title: 'Added after', date: '2026-10-24' })
  await page.getByTestId('backup-row').getByRole('button', { name: 'Restore…' }).click()
  await expect(page.getByTestId('restore-preview')).toContainText('In the backup')
  await page.getByTestId('restore-preview').getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(page.getByTestId('restored')).toBeVisible()
  expect((await app.core.run('listWorkshops', {})).map((w) => w.title)).toEqual(['In the backup'])

  await page.getByRole('button', { name: 'Undo restore' }).click()
  await expect(page.getByTestId('restored')).toBeHidden()
  expect((await app.core.run('listWorkshops', {})).map((w) => w.title).sort()).toEqual(['Added after', 'In the backup'])
})

test('export everything as JSON downloads one file, made in the page', async ({ page, app }) => {
  await app.core.run('createWorkshop', { title: 'Exported', date: '2026-10-23' })
  await app.open()
  await page.getByRole('navigation').getByRole('button', { name: 'Backups & data' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click()
  expect((await download).suggestedFilename()).toMatch(/^roundtable-export-\d{4}-\d{2}-\d{2}\.json$/)
})

for (const [name, damage] of Object.entries(damages)) {
  test(`a data file with ${name} shows the recovery screen and stays byte-identical`, async ({ page }) => {
    const dir = await healthyDataDir({ backup: true })
    const file = dataFileIn(dir)
    damage(file, dir)
    const before = hashOf(file)
    const core = startCore({ dataDir: dir, transport: 'browser' })
    const server = await startBrowserServer({ core, rendererDir })
    const elsewhere = requestsElsewhere(page, server.port)
    try {
      await page.goto(server.url)
      await expect(page.getByTestId('recovery-screen')).toBeVisible()
      await expect(page.getByRole('button', { name: 'Restore the latest backup…' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Open another file…' })).toBeVisible()
      expect(hashOf(file)).toBe(before)
      if (name === 'zeroed header') {
        await page.getByRole('button', { name: 'Restore the latest backup…' }).click()
        await expect(page.getByTestId('restore-preview')).toContainText('40 workshops')
        await page.getByTestId('restore-preview').getByRole('button', { name: 'Restore', exact: true }).click()
        await expect(page.getByRole('navigation')).toBeVisible()
        expect(await core.run('listWorkshops', {})).toHaveLength(40)
      }
      expect(elsewhere).toEqual([])
    } finally {
      await server.close()
      core.close()
      rmSync(dir, { recursive: true, force: true })
      rmSync(`${dir} Backups`, { recursive: true, force: true })
    }
  })
}

test.describe('on a system set to Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('the recovery screen speaks Chinese (the chosen language is in the file it cannot read), and the restored file\'s language wins after a restore', async ({ page }) => {
    // English was chosen in the file (and its backup), on a system set to Chinese.
    const dir = await healthyDataDir({ backup: true, language: 'en' })
    damages['zeroed header']!(dataFileIn(dir), dir)
    const core = startCore({ dataDir: dir, transport: 'browser' })
    const server = await startBrowserServer({ core, rendererDir })
    try {
      await page.goto(server.url)
      await expect(page.getByTestId('recovery-screen')).toContainText('Roundtable 无法打开数据文件')
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
      await page.getByRole('button', { name: '恢复最近的备份…' }).click()
      await expect(page.getByTestId('restore-preview')).toContainText('40')
      await page.getByTestId('restore-preview').getByRole('button').last().click()
      await expect(page.getByRole('navigation')).toBeVisible()
      // The backup says English: a chosen language wins over the system's.
      await expect(page.getByRole('navigation').getByRole('button', { name: 'Workshops' })).toBeVisible()
    } finally {
      await server.close()
      core.close()
      rmSync(dir, { recursive: true, force: true })
      rmSync(`${dir} Backups`, { recursive: true, force: true })
    }
  })
})

test('CSV import: the columns are mapped, the dry run shows each row, then all rows are saved', async ({ page, app }) => {
  await app.core.run('createCity', { name: 'Xi’an', group: 'china' })
  await app.open()
  await page.getByRole('navigation').getByRole('button', { name: 'Backups & data' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import speakers (CSV)…' }).click()
  await (await chooser).setFiles({ name: 'speakers.csv', mimeType: 'text/csv', buffer: Buffer.from('Full name,Organization,City\nAna Lopez,Porto Council,Xi’an\nWang Li,Xi’an Tech,Atlantis\n') })
  const preview = page.getByTestId('csv-preview')
  await expect(preview).toContainText('1 rows ready, 1 with problems')
  await expect(preview).toContainText('No city called "Atlantis"')
  await expect(preview.getByRole('button', { name: 'Import' })).toBeDisabled()
  // Map the City column to nothing (choosing the chosen field again clears it): the row with the unknown city becomes valid.
  await preview.getByLabel('City', { exact: true }).click()
  await page.getByRole('option', { name: 'City' }).click()
  await expect(preview).toContainText('2 rows ready, 0 with problems')
  await preview.getByRole('button', { name: 'Import' }).click()
  await expect(preview).toBeHidden()
  expect((await app.core.run('listSpeakers', {})).map((s) => s.name).sort()).toEqual(['Ana Lopez', 'Wang Li'])
})

test('JSON import shows what is in the file and what is already here, then keeps both', async ({ page, app }) => {
  await app.core.run('createWorkshop', { title: 'Twice', date: '2026-10-23' })
  const { text } = await app.core.run('exportData', {})
  await app.open()
  await page.getByRole('navigation').getByRole('button', { name: 'Backups & data' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import JSON…' }).click()
  await (await chooser).setFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  const preview = page.getByTestId('import-preview')
  await expect(preview.getByRole('row', { name: /workshops 1 1/ })).toBeVisible()
  await preview.getByText('Keep both').click()
  await preview.getByRole('button', { name: 'Import' }).click()
  await expect(preview).toBeHidden()
  expect((await app.core.run('listWorkshops', {})).map((w) => w.title)).toEqual(['Twice', 'Twice'])
})
