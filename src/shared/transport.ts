import type { MethodInput, MethodName, MethodOutput } from './contract'
import type { Result } from './errors'

/** What a transport gives the renderer: every method, answering with a Result rather than throwing. */
export type RawApi = { [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>> }
