import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { RoundtableCore } from '../core/app'
import { securityHeaders } from '../shared/csp'
import type { ApiError } from '../shared/errors'
import { cookieName, hostAllowed, originAllowed, tokenAllowed } from './guard'
import { serveStatic } from './static'

export interface BrowserServer {
  server: Server
  port: number
  token: string
  /** The address to open: carries the token once, which the page trades for a cookie. */
  url: string
  close: () => Promise<void>
}

const MAX_BODY = 64 * 1024 * 1024

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}

const refuse = (res: ServerResponse, status: number, error: ApiError) => sendJson(res, status, { ok: false, error })

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new Error('too large'))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/**
 * Browser mode: the same service as the desktop app, over HTTP on 127.0.0.1 only.
 * Every API call needs the per-launch token and a loopback Host header.
 */
export async function startBrowserServer(options: {
  core: RoundtableCore
  rendererDir: string
  port?: number
  token?: string
}): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  let port = options.port ?? 0

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => refuse(res, 500, { code: 'internal', message: 'The request could not be handled.' }))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return refuse(res, 403, { code: 'unauthorized', message: 'Unknown host.' })
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, { code: 'invalid_input', message: 'Use POST.' })
      if (!originAllowed(req)) return refuse(res, 403, { code: 'unauthorized', message: 'Cross-origin requests are refused.' })
      if (!tokenAllowed(req, token, port)) {
        return refuse(res, 401, { code: 'unauthorized', message: 'Missing or wrong token: open the address Roundtable printed when it started.' })
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, { code: 'invalid_input', message: 'Send JSON.' })
      }
      let input: unknown
      try {
        const body = await readBody(req)
        input = body.length ? JSON.parse(body) : {}
      } catch {
        return refuse(res, 400, { code: 'invalid_input', message: 'The request body is not valid JSON (or is over 64 MB).' })
      }
      const result = await options.core.call(decodeURIComponent(url.pathname.slice(5)), input)
      return sendJson(res, result.ok ? 200 : statusOf(result.error.code), result)
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, { code: 'invalid_input', message: 'Use GET.' })
    const given = url.searchParams.get('token')
    if (given !== null) {
      if (given !== token) return refuse(res, 401, { code: 'unauthorized', message: 'Wrong token.' })
      // Trade the token in the address for a cookie, and drop it from the address bar.
      res.writeHead(303, {
        ...securityHeaders,
        'Set-Cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/'
      })
      return void res.end()
    }
    serveStatic(options.rendererDir, url.pathname, res)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // A browser keeps idle connections open; without this, close waits for them forever.
        server.closeAllConnections()
      })
  }
}

function statusOf(code: ApiError['code']): number {
  switch (code) {
    case 'invalid_input':
      return 400
    case 'not_found':
      return 404
    case 'conflict':
      return 409
    case 'unauthorized':
      return 401
    default:
      return 500
  }
}
