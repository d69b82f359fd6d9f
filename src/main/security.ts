import { app, shell } from 'electron'

/**
 * Imported for its side effect, before any window exists: the app's pages may not
 * navigate, open windows, embed <webview>s or be granted permissions. Links in notes are
 * opened in the system browser by the renderer's confirm dialog through `openExternal`.
 */
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  contents.session.setPermissionCheckHandler(() => false)
})

/** Only web addresses leave the app, and only after the person confirmed in the renderer. */
export function openExternalLink(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:' && parsed.protocol !== 'mailto:') return false
  void shell.openExternal(parsed.toString())
  return true
}
