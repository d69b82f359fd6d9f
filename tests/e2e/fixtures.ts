import { test as base, expect } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openCore, type RoundtableCore } from '../../src/core/app'
import { startBrowserServer, type BrowserServer } from '../../src/server/server'

export interface RunningApp {
  core: RoundtableCore
  server: BrowserServer
  dataDir: string
  /** Opens the app in the page the way a user does: through the tokened address. */
  open: () => Promise<void>
}

/** Every test gets its own data folder and its own browser-mode server over the real service. */
export const test = base.extend<{ app: RunningApp }>({
  app: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-e2e-'))
    const core = openCore({ dataDir, transport: 'browser' })
    const server = await startBrowserServer({ core, rendererDir: resolve(process.env.RENDERER_OUT_DIR ?? 'out/renderer') })
    await use({
      core,
      server,
      dataDir,
      open: async () => {
        await page.goto(server.url)
        await expect(page.getByRole('navigation')).toBeVisible()
      }
    })
    await server.close()
    core.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})

export { expect }
