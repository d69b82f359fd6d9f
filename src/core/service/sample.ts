import { contract, type Handlers, type MethodName } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { buildSample, type SyncCall } from '../sample/build'
import type { ServiceContext } from './context'
import { createService } from './index'

export const sampleHandlers = (context: ServiceContext) =>
  ({
    // Built through the service's own handlers (validated like any caller's input) inside
    // the transaction dispatch opened, so a failure half-way leaves nothing behind.
    loadSampleWorkshop: () => {
      const service = createService(context)
      const call = ((method: MethodName, input: unknown) => {
        const result = (service[method] as (input: unknown) => unknown)(contract[method].input.parse(input))
        if (result instanceof Promise) throw new AppError('internal', `The sample cannot use ${method}: it is asynchronous.`)
        return result
      }) as SyncCall
      return buildSample(call)
    }
  }) satisfies Partial<Handlers>
