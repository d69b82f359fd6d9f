import type { Api, MethodName } from '../../../shared/contract'
import type { ApiError, Result } from '../../../shared/errors'
import type { RawApi } from '../../../shared/transport'
import { httpApi, httpCall } from './http'

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

type Call = (name: MethodName, input: unknown) => Promise<Result<unknown>>

const callsOn =
  (raw: RawApi): Call =>
  (name, input) =>
    (raw[name] as (input: unknown) => Promise<Result<unknown>>)(input)

let transport: Call | undefined

// Browser mode: the app's own calls go straight over HTTP; window.api comes later (below).
const pickTransport = (): Call => (window.api ? callsOn(window.api) : httpCall)

/**
 * Gives browser mode the same window.api the desktop preload exposes, once the first screen has
 * been painted. Its list of methods comes with the contract's schemas (see httpApi), whose
 * evaluation took about 100 ms of the main thread just as the first screen's data arrived.
 */
export function exposeWindowApiAfterPaint(): void {
  if (window.api) return
  requestAnimationFrame(() =>
    setTimeout(() => {
      void httpApi().then((raw) => {
        if (!window.api) Object.defineProperty(window, 'api', { value: raw, writable: false, configurable: false })
      })
    }, 0)
  )
}

/** Unit tests plug in an in-process transport over a real database. */
export function setTransport(raw: RawApi): void {
  transport = callsOn(raw)
}

/**
 * The renderer's one API client: typed, throwing ApiCallError; it does not know its transport.
 * Methods are made on first use, by name: the contract's list of names is not loaded at start,
 * and a name outside it cannot be written in TypeScript (the service refuses it anyway).
 */
function createClient(): Api {
  const methods = new Map<string, (input: unknown) => Promise<unknown>>()
  const method = (name: MethodName) => async (input: unknown) => {
    transport ??= pickTransport()
    const result = await transport(name, input)
    if (!result.ok) throw new ApiCallError(result.error)
    return result.value
  }
  return new Proxy({} as Api, {
    get: (_, name) => {
      // Not a thenable: `await api` must not look for api.then.
      if (typeof name !== 'string' || name === 'then') return undefined
      let call = methods.get(name)
      if (!call) methods.set(name, (call = method(name as MethodName)))
      return call
    }
  })
}

export const api: Api = createClient()

export const errorMessage = (error: unknown): string =>
  error instanceof ApiCallError ? error.message : error instanceof Error ? error.message : String(error)
