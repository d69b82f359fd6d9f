import { methodNames } from '../../../shared/contract'
import type { Result } from '../../../shared/errors'
import type { RawApi } from '../../../shared/transport'

/**
 * Browser mode: the same methods as the desktop preload, over POST /api/<method>.
 * The per-launch token travels in an HttpOnly cookie the server set; the custom
 * content type makes any cross-origin attempt a preflight the server never answers.
 */
export function httpApi(): RawApi {
  const call = async (name: string, input: unknown): Promise<Result<unknown>> => {
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
  return Object.freeze(Object.fromEntries(methodNames.map((name) => [name, (input: unknown) => call(name, input)]))) as RawApi
}
