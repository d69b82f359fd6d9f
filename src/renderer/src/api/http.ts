import type { MethodName } from '../../../shared/contract'
import type { Result } from '../../../shared/errors'
import type { RawApi } from '../../../shared/transport'

/**
 * Browser mode: the same methods as the desktop preload, over POST /api/<method>.
 * The per-launch token travels in an HttpOnly cookie the server set; the custom
 * content type makes any cross-origin attempt a preflight the server never answers.
 */
export async function httpCall(name: MethodName, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {})
    })
    return (await response.json()) as Result<unknown>
  } catch {
    return { ok: false, error: { code: 'internal', message: 'Roundtable’s local server is not answering. Is it still running?' } }
  }
}

/**
 * Every method as an object, like the desktop preload's window.api. The list of names comes
 * with the contract's schemas, a large module the page needs for nothing else: it is loaded
 * on its own, after start-up has begun, rather than parsed before the first screen.
 */
export async function httpApi(): Promise<RawApi> {
  const { methodNames } = await import('../../../shared/contract')
  return Object.freeze(Object.fromEntries(methodNames.map((name) => [name, (input: unknown) => httpCall(name, input)]))) as RawApi
}
