import { test as base, expect, type Page } from '@playwright/test'
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
    // Nothing may leave the machine: every request the page makes, in every e2e test, is checked.
    const elsewhere = requestsElsewhere(page, server.port)
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
    rmSync(`${dataDir} Backups`, { recursive: true, force: true })
    expect(elsewhere, 'requests to anything but the app’s own origin').toEqual([])
  }
})

/** Records every request the page makes to anything but the app's own origin (blob: and data: URLs stay inside the page). */
export function requestsElsewhere(page: Page, port: number): string[] {
  const own = [`http://127.0.0.1:${port}/`, `blob:http://127.0.0.1:${port}/`]
  const elsewhere: string[] = []
  // The whole browser context, so a window the app opens (the presenter view) is watched too.
  page.context().on('request', (request) => {
    const url = request.url()
    if (!own.some((prefix) => url.startsWith(prefix)) && !url.startsWith('data:') && url !== 'about:blank') elsewhere.push(url)
  })
  return elsewhere
}

export { expect }
