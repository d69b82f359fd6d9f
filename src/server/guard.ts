import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

const loopbackNames = ['127.0.0.1', 'localhost', '[::1]']

/** The Host header must name this server on a loopback name: stops DNS-rebinding pages. */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host
  return host !== undefined && loopbackNames.some((name) => host === `${name}:${port}`)
}

/** A cross-origin page may not call the API, even one on another loopback port. */
export function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  return origin === `http://${req.headers.host}`
}

export const cookieName = (port: number): string => `roundtable_${port}`

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

/** The per-launch token, from the Authorization header (CLI, tests) or the page's cookie. */
export function tokenAllowed(req: IncomingMessage, token: string, port: number): boolean {
  const auth = req.headers.authorization
  if (auth?.startsWith('Bearer ')) return sameSecret(auth.slice(7), token)
  const fromCookie = cookieValue(req, cookieName(port))
  return fromCookie !== undefined && sameSecret(fromCookie, token)
}
