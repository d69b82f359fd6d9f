import './security'
import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { startCore, type RoundtableCore } from '../core/app'
import { startBackupSchedule } from '../core/backup/schedule'
import { resolveDataDir } from '../core/paths'
import { AppError, type ApiError } from '../shared/errors'
import { readPickedFile, registerFileDialogs } from './files'
import { handleFromApp, registerIpc } from './ipc'
import { launchFileFrom } from './launchFile'
import { refreshMenu, sendCommand } from './menu'
import { registerAppScheme, serveRenderer } from './protocol'
import { openExternalLink } from './security'
import { createMainWindow, openPresenterWindow } from './windows'

const devUrl = process.env.ELECTRON_RENDERER_URL
let core: RoundtableCore | ApiError = { code: 'internal', message: 'Roundtable is still starting.' }
let mainWindow: BrowserWindow | null = null

const openCoreOrUndefined = (): RoundtableCore | undefined => ('code' in core ? undefined : core)

function dataDirFromArgs(): string | undefined {
  const i = process.argv.indexOf('--data-dir')
  return i >= 0 ? process.argv[i + 1] : undefined
}

/** An export file handed to the app goes to the window's import flow (which shows a preview first). */
async function importFile(path: string | undefined): Promise<void> {
  const file = path ? await readPickedFile(path) : null
  if (!file) return
  if (!mainWindow) openMainWindow()
  sendCommand(mainWindow, { command: 'data.import', file })
}

function openMainWindow(): void {
  mainWindow = createMainWindow(openCoreOrUndefined(), devUrl)
  mainWindow.on('closed', () => (mainWindow = null))
}

registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // A second launch (double-clicking an export, the dock, a shortcut) focuses this window instead.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!app.isReady()) return
    if (!mainWindow) openMainWindow()
    else if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
    void importFile(launchFileFrom(argv, workingDirectory))
  })

  // macOS hands files over with open-file instead, even the one whose double-click started the app.
  const openedBeforeReady: string[] = []
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (app.isReady()) void importFile(path)
    else openedBeforeReady.push(path)
  })

  void app.whenReady().then(() => {
    try {
      // A data file that cannot be opened leaves the core in recovery mode: the renderer shows
      // the recovery screen, whose restore goes through the same core.
      const started = startCore({ dataDir: resolveDataDir(dataDirFromArgs() ?? process.env.ROUNDTABLE_DATA_DIR ?? app.getPath('userData')), transport: 'electron' })
      startBackupSchedule(started)
      core = started
    } catch (error) {
      core = error instanceof AppError ? error.toJSON() : { code: 'internal', message: String(error) }
    }
    serveRenderer(join(__dirname, '../renderer'))
    const menu = () => refreshMenu(openCoreOrUndefined(), () => mainWindow, devUrl !== undefined)
    registerIpc(() => core, devUrl, (name) => {
      // The menu shows the language and theme stored in the database: follow changes to it.
      // getPreferences too: the first start adopts the system's language.
      if (name === 'updatePreferences' || name === 'restoreDatabase' || name === 'getPreferences') void menu()
    })
    handleFromApp('shell:openExternal', devUrl, false, (url) => typeof url === 'string' && openExternalLink(url))
    handleFromApp('window:presenter', devUrl, false, (id) => typeof id === 'string' && openPresenterWindow(id, mainWindow, devUrl))
    registerFileDialogs(devUrl)
    void menu()
    openMainWindow()
    for (const path of [launchFileFrom(process.argv, process.cwd()), ...openedBeforeReady]) void importFile(path)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Closed once, after every window has saved its state into the database.
  app.on('will-quit', () => {
    if (!('code' in core)) core.close()
  })
}
