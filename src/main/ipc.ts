import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { RoundtableCore } from '../core/app'
import { methodNames } from '../shared/contract'
import type { ApiError, Result } from '../shared/errors'
import { APP_ORIGIN } from './protocol'

/**
 * scheme://host[:port] of an address. Not `URL.origin`: Node's URL does not know that app: is
 * a registered standard scheme and answers "null" for it, which would refuse the app itself.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
  } catch {
    return null
  }
}

/** Only the app's own page may call the API: not a frame, not a page it navigated to. */
export function senderAllowed(event: IpcMainInvokeEvent, devUrl: string | undefined): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  const origin = originOf(frame.url)
  return origin !== null && (origin === APP_ORIGIN || (devUrl !== undefined && origin === originOf(devUrl)))
}

/** One ipcMain.handle per contract method, each a thin call into the shared service. */
export function registerIpc(
  getCore: () => RoundtableCore | ApiError,
  devUrl: string | undefined,
  afterCall: (name: string) => void = () => {}
): void {
  for (const name of methodNames) {
    ipcMain.handle(`api:${name}`, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!senderAllowed(event, devUrl)) return { ok: false, error: { code: 'unauthorized', message: 'Refused: not the app window.' } }
      const core = getCore()
      if ('code' in core) return { ok: false, error: core }
      const result = await core.call(name, input)
      // The shell follows some calls, e.g. the menu's language after updatePreferences.
      if (result.ok) afterCall(name)
      return result
    })
  }
}

/**
 * A desktop-only channel (files, windows, links), with the same sender check as the API.
 * A refused call answers `refused` rather than throwing into the page.
 */
export function handleFromApp<T>(
  channel: string,
  devUrl: string | undefined,
  refused: T,
  handler: (input: unknown, window: BrowserWindow | null) => T | Promise<T>
): void {
  ipcMain.handle(channel, async (event, input: unknown) => {
    if (!senderAllowed(event, devUrl)) return refused
    return handler(input, BrowserWindow.fromWebContents(event.sender))
  })
}
