import { app, Menu, shell, type BrowserWindow } from 'electron'
import { dirname } from 'node:path'
import type { RoundtableCore } from '../core/app'
import type { CommandId } from '../shared/commands'
import type { CommandMessage } from '../shared/desktop'
import type { Preferences } from '../shared/domain/preferences'
import { menuTemplate } from './menuTemplate'

const fallback: Preferences = { language: 'en', colorScheme: 'auto' }

/** Sends a command to the main window's page, once the page is there to receive it. */
export function sendCommand(window: BrowserWindow | null, message: CommandMessage): void {
  if (!window || window.isDestroyed()) return
  const send = () => window.webContents.send('command', message)
  // A window just created has not started loading yet: its URL is still empty.
  // (Once loaded, the preload holds commands until the page subscribes.)
  if (window.webContents.isLoading() || window.webContents.getURL() === '') window.webContents.once('did-finish-load', send)
  else send()
  if (window.isMinimized()) window.restore()
  window.focus()
}

/**
 * (Re)builds the application menu in the language the person chose in the window. The
 * preferences live in the database, so the main process reads them through the core.
 */
export async function refreshMenu(core: RoundtableCore | undefined, mainWindow: () => BrowserWindow | null, devTools: boolean): Promise<void> {
  const preferences = core ? await core.run('getPreferences', {}).catch(() => fallback) : fallback
  const template = menuTemplate(
    preferences,
    {
      send: (command: CommandId) => sendCommand(mainWindow(), { command }),
      openDataFolder: () => {
        if (core) void shell.openPath(dirname(core.dataFile))
      }
    },
    { platform: process.platform, appName: app.getName(), devTools }
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
