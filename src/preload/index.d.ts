import type { DesktopBridge } from '../shared/desktop'
import type { RawApi } from '../shared/transport'

declare global {
  interface Window {
    /** Present in the desktop app (preload) and installed by the HTTP transport in browser mode. */
    api?: RawApi
    /** Present only in the desktop app. */
    desktop?: DesktopBridge
  }
}

export {}
