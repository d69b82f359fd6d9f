import { net, protocol } from 'electron'
import { join, normalize, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { securityHeaders } from '../shared/csp'

export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://roundtable`

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Serves the built renderer from app://roundtable/ instead of file://, with the app's CSP. */
export function serveRenderer(rendererDir: string): void {
  const root = rendererDir.endsWith(sep) ? rendererDir : rendererDir + sep
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url)
    const file = normalize(join(rendererDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)))
    if (!file.startsWith(root)) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    for (const [name, value] of Object.entries(securityHeaders)) headers.set(name, value)
    return new Response(response.body, { status: response.status, headers })
  })
}
