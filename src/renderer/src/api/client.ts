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
let ready: Promise<void> = Promise.resolve()

function pickTransport(): Call {
  if (window.api) return callsOn(window.api)
  // Give browser mode the same window.api the desktop preload exposes. Its list of methods is
  // loaded apart (see httpApi); the app's own calls go straight over HTTP and need not wait.
  ready = httpApi().then((raw) => {
    if (!window.api) Object.defineProperty(window, 'api', { value: raw, writable: false, configurable: false })
  })
  return httpCall
}

/** Unit tests plug in an in-process transport over a real database. */
export function setTransport(raw: RawApi): void {
  transport = callsOn(raw)
}

/** Settles once window.api is in place: browser mode builds it after the first call. */
export const transportReady = (): Promise<void> => ready

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
