import './security'
import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { openCore, type RoundtableCore } from '../core/app'
import { resolveDataDir } from '../core/paths'
import { AppError, type ApiError } from '../shared/errors'
import { registerFileDialogs } from './files'
import { handleFromApp, registerIpc } from './ipc'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol'
import { openExternalLink } from './security'

const devUrl = process.env.ELECTRON_RENDERER_URL
let core: RoundtableCore | ApiError = { code: 'internal', message: 'Roundtable is still starting.' }
let mainWindow: BrowserWindow | null = null

function dataDirFromArgs(): string | undefined {
  const i = process.argv.indexOf('--data-dir')
  return i >= 0 ? process.argv[i + 1] : undefined
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Roundtable',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true
    }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`)
  return window
}

registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  void app.whenReady().then(() => {
    try {
      core = openCore({ dataDir: resolveDataDir(dataDirFromArgs() ?? process.env.ROUNDTABLE_DATA_DIR ?? app.getPath('userData')), transport: 'electron' })
    } catch (error) {
      // The renderer shows a recovery screen for this instead of an empty database.
      core = error instanceof AppError ? error.toJSON() : { code: 'internal', message: String(error) }
    }
    serveRenderer(join(__dirname, '../renderer'))
    registerIpc(() => core, devUrl)
    handleFromApp('shell:openExternal', devUrl, false, (url) => typeof url === 'string' && openExternalLink(url))
    registerFileDialogs(devUrl)
    mainWindow = createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (!('code' in core)) core.close()
    if (process.platform !== 'darwin') app.quit()
  })
}
