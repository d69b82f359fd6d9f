/**
 * What the desktop preload exposes as `window.desktop`, besides `window.api`. Types only:
 * main, preload and renderer all agree on these shapes, and the renderer never sees
 * Electron itself. Browser mode has no `window.desktop`.
 */

/** A file the person picked (or handed to the app on its command line). */
export interface PickedFile {
  name: string
  bytes: Uint8Array
}

/** What the menu (or a second launch) asks the window to do. */
export interface CommandMessage {
  command: string
  file?: PickedFile
}

export interface DesktopBridge {
  openExternal: (url: string) => Promise<boolean>
  /** Native save dialog, then writes the bytes. False when the person cancelled. */
  saveFile: (request: { name: string; bytes: Uint8Array; mime: string }) => Promise<boolean>
  /** Native open dialog, then reads the file. Null when the person cancelled. */
  openFile: (request: { extensions: string[] }) => Promise<PickedFile | null>
  /** Opens the presenter view for a workshop in its own window. */
  openPresenter: (workshopId: string) => Promise<boolean>
  /** Menu commands: the handler receives only commands from the allowlist. Returns an unsubscribe. */
  onCommand: (handler: (message: CommandMessage) => void) => () => void
}

/** The largest file the open dialog will read into memory; a backup is far smaller. */
export const maxOpenFileBytes = 512 * 1024 * 1024

/** `.json,.csv` or ['.json', 'csv'] → ['json', 'csv']: what both dialogs filter on. */
export function acceptedExtensions(accept: string | readonly string[]): string[] {
  const parts = typeof accept === 'string' ? accept.split(',') : [...accept]
  return parts.map((p) => p.trim().replace(/^\*?\./, '').toLowerCase()).filter((p) => p !== '' && !p.includes('/'))
}
