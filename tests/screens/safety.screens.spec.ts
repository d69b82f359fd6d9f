import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { startCore } from '../../src/core/app'
import { dataFileIn } from '../../src/core/paths'
import { startBrowserServer } from '../../src/server/server'
import { damages, healthyDataDir } from '../helpers/damage'
import { test } from '../e2e/fixtures'

const out = (name: string) => `screenshots/${name}.png`

test('backups screen and restore preview', async ({ page, app }) => {
  await app.core.run('loadSampleWorkshop', {})
  await app.core.run('backupNow', {})
  await app.core.run('createWorkshop', { title: 'Green transition in port cities', date: '2026-06-12' })
  await app.core.run('backupNow', {})
  await app.open()
  await page.getByRole('navigation').getByRole('button', { name: 'Backups & data' }).click()
  await page.getByTestId('backup-row').first().waitFor()
  await page.screenshot({ path: out('safety-backups'), fullPage: true })
  await page.getByTestId('backup-row').last().getByRole('button', { name: 'Restore…' }).click()
  await page.getByTestId('restore-preview').waitFor()
  await page.screenshot({ path: out('safety-restore-preview') })
  await page.getByTestId('restore-preview').getByRole('button', { name: 'Restore', exact: true }).click()
  await page.getByTestId('restored').waitFor()
  await page.screenshot({ path: out('safety-restored') })
})

async function recoveryShot(page: Page, damage: string, name: string, options: { backup: boolean }) {
  const dir = await healthyDataDir({ backup: options.backup })
  damages[damage]!(dataFileIn(dir), dir)
  const core = startCore({ dataDir: dir, transport: 'browser' })
  const server = await startBrowserServer({ core, rendererDir: resolve(process.env.RENDERER_OUT_DIR ?? 'out/renderer') })
  try {
    await page.goto(server.url)
    await page.getByTestId('recovery-screen').waitFor()
    await page.screenshot({ path: out(name), fullPage: true })
  } finally {
    await server.close()
    core.close()
    rmSync(dir, { recursive: true, force: true })
    rmSync(`${dir} Backups`, { recursive: true, force: true })
  }
}

test('recovery screens', async ({ page }) => {
  await recoveryShot(page, 'zeroed header', 'safety-recovery-damaged', { backup: true })
  await recoveryShot(page, 'newer schema', 'safety-recovery-newer', { backup: true })
  await recoveryShot(page, 'WAL from another app', 'safety-recovery-no-backups', { backup: false })
})
