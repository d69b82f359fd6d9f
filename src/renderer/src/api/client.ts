import type { Api, MethodName } from '../../../shared/contract'
import { methodNames } from '../../../shared/contract'
import type { ApiError } from '../../../shared/errors'
import type { RawApi } from '../../../shared/transport'
import { httpApi } from './http'

/** A failed call, carrying the service's stable code and a message to show. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
  }
  get code() {
    return this.error.code
  }
}

function pickTransport(): RawApi {
  if (window.api) return window.api
  const raw = httpApi()
  // Give browser mode the same window.api the desktop preload exposes.
  Object.defineProperty(window, 'api', { value: raw, writable: false, configurable: false })
  return raw
}

let transport: RawApi | undefined

/** Unit tests plug in an in-process transport over a real database. */
export function setTransport(raw: RawApi): void {
  transport = raw
}

/** The renderer's one API client: typed, throwing ApiCallError; it does not know its transport. */
function createClient(): Api {
  const client = {} as Record<MethodName, (input: unknown) => Promise<unknown>>
  for (const name of methodNames) {
    client[name] = async (input: unknown) => {
      transport ??= pickTransport()
      const result = await (transport[name] as (input: unknown) => ReturnType<RawApi[MethodName]>)(input)
      if (!result.ok) throw new ApiCallError(result.error)
      return result.value
    }
  }
  return client as Api
}

export const api: Api = createClient()

export const errorMessage = (error: unknown): string =>
  error instanceof ApiCallError ? error.message : error instanceof Error ? error.message : String(error)
