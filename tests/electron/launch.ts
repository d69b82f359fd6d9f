import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '../..')

/**
 * Where the Electron binary is, or why these tests cannot run here. The binary is fetched
 * on first `npm start` (not at install), and machines without access to GitHub never get it.
 */
export function findElectron(): { path: string } | { reason: string } {
  // Not require('electron'): where the binary is missing, that starts a download.
  const packageDir = join(root, 'node_modules/electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return { reason: 'Electron binary not installed (no network to fetch it here); these tests run where `npm start` could download it' }
  const binary = readFileSync(pathFile, 'utf8').trim()
  const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist'), binary)
  if (!existsSync(path)) return { reason: `Electron binary missing at ${path}` }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { reason: 'no display: run under xvfb-run' }
  if (!existsSync(join(root, 'out/main/index.js'))) return { reason: 'app not built: run `npm run build` first' }
  return { path }
}

export interface DesktopApp {
  electronApp: ElectronApplication
  window: Page
  dataDir: string
  userDataDir: string
  close: () => Promise<void>
}

/** The command line the packaged app gets, with its own data and profile folders. */
export const launchArgs = (dataDir: string, userDataDir: string, extra: string[] = []): string[] => [
  // Chromium refuses to start as root with its OS sandbox; the page's own sandbox stays on.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  `--user-data-dir=${userDataDir}`,
  root,
  '--data-dir',
  dataDir,
  ...extra
]

/** Starts the built app (out/) in a real Electron with fresh folders, or reuses the given ones. */
export async function launchApp(executablePath: string, folders?: { dataDir: string; userDataDir: string }): Promise<DesktopApp> {
  const dataDir = folders?.dataDir ?? mkdtempSync(join(tmpdir(), 'roundtable-electron-data-'))
  const userDataDir = folders?.userDataDir ?? mkdtempSync(join(tmpdir(), 'roundtable-electron-profile-'))
  const env: Record<string, string> = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined))
  // The built pages, through app://, as in the installed app: not a dev server.
  delete env.ELECTRON_RENDERER_URL
  delete env.ELECTRON_RUN_AS_NODE
  const electronApp = await electron.launch({ executablePath, args: launchArgs(dataDir, userDataDir), env })
  let running = true
  electronApp.on('close', () => (running = false))
  const window = await electronApp.firstWindow()
  await window.getByRole('navigation').waitFor()
  return {
    electronApp,
    window,
    dataDir,
    userDataDir,
    close: async () => {
      if (running) await electronApp.close()
      if (!folders) {
        rmSync(dataDir, { recursive: true, force: true })
        rmSync(userDataDir, { recursive: true, force: true })
      }
    }
  }
}

/** Clicks an item of the real application menu, as a person would. */
export async function clickMenuItem(electronApp: ElectronApplication, id: string): Promise<void> {
  await electronApp.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId)
    if (!item) throw new Error(`No menu item ${itemId}`)
    item.click()
  }, id)
}
