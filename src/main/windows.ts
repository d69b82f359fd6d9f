import { BrowserWindow, screen, type WebPreferences } from 'electron'
import { join } from 'node:path'
import type { RoundtableCore } from '../core/app'
import type { Db } from '../core/db/connection'
import { readSetting, writeSetting } from '../core/db/settings'
import { APP_ORIGIN } from './protocol'
import { minimumSize, parseWindowState, restoreBounds, windowStateKey, type WindowState } from './windowState'

/** Every window of the app gets the same locked-down page: no Node, isolated, sandboxed. */
export const webPreferences = (): WebPreferences => ({
  preload: join(__dirname, '../preload/index.cjs'),
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  // Chromium's spellchecker downloads dictionaries from Google on Windows and Linux; only
  // macOS checks spelling with the system's own dictionaries, offline.
  spellcheck: process.platform === 'darwin'
})

const pageUrl = (devUrl: string | undefined, hash = ''): string => `${devUrl ?? `${APP_ORIGIN}/index.html`}${hash}`

/**
 * The database, or undefined while it cannot be used: in recovery mode (a damaged file) and
 * during a restore `core.db` throws, and the window must still open and close normally.
 */
function usableDb(core: RoundtableCore | undefined): Db | undefined {
  try {
    return core?.db.open ? core.db : undefined
  } catch {
    return undefined
  }
}

/** The main window, opened where it was last closed (when the database is readable). */
export function createMainWindow(core: RoundtableCore | undefined, devUrl: string | undefined): BrowserWindow {
  const db = usableDb(core)
  const remembered = db ? parseWindowState(readSetting(db, windowStateKey)) : undefined
  const bounds = restoreBounds(remembered, screen.getAllDisplays().map((d) => d.workArea))
  const window = new BrowserWindow({
    ...bounds,
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
    show: false,
    title: 'Roundtable',
    webPreferences: webPreferences()
  })
  if (remembered?.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  if (core) rememberState(window, core)
  void window.loadURL(pageUrl(devUrl))
  return window
}

function rememberState(window: BrowserWindow, core: RoundtableCore): void {
  const save = () => {
    const db = usableDb(core)
    if (!db || window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return
    // Normal bounds, not the maximised ones, so un-maximising next time restores the old size.
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
    writeSetting(db, windowStateKey, JSON.stringify(state))
  }
  let timer: NodeJS.Timeout | undefined
  const saveSoon = () => {
    clearTimeout(timer)
    timer = setTimeout(save, 500)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('close', () => {
    clearTimeout(timer)
    save()
  })
}

let presenter: BrowserWindow | null = null

/**
 * The presenter view of a workshop's live run in its own window, placed on a second
 * screen when there is one so the facilitator can project it and keep the notes here.
 */
export function openPresenterWindow(workshopId: string, owner: BrowserWindow | null, devUrl: string | undefined): boolean {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(workshopId)) return false
  const url = pageUrl(devUrl, `#/live/${workshopId}`)
  if (presenter && !presenter.isDestroyed()) {
    void presenter.loadURL(url)
    presenter.focus()
    return true
  }
  const primary = screen.getPrimaryDisplay()
  const other = screen.getAllDisplays().find((d) => d.id !== primary.id)
  const area = (other ?? primary).workArea
  presenter = new BrowserWindow({
    x: area.x + 40,
    y: area.y + 40,
    width: Math.min(1280, area.width - 80),
    height: Math.min(800, area.height - 80),
    show: false,
    title: 'Roundtable — Live',
    autoHideMenuBar: true,
    webPreferences: webPreferences()
  })
  presenter.setMenuBarVisibility(false)
  presenter.once('ready-to-show', () => presenter?.show())
  presenter.on('closed', () => (presenter = null))
  // The presenter belongs to the main window: it closes with it instead of keeping the app alive.
  owner?.once('closed', () => presenter?.close())
  void presenter.loadURL(url)
  return true
}
