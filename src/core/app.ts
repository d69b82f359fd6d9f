import type { MethodName, MethodOutput, MethodInput } from '../shared/contract'
import { AppError, type Result } from '../shared/errors'
import { type Db, openDatabase } from './db/connection'
import { dataFileIn } from './paths'
import { createService, type Service, type ServiceContext } from './service'
import { dispatch } from './service/dispatch'

export interface RoundtableCore {
  db: Db
  service: Service
  dataFile: string
  /** Validates and runs one method, as every transport does. */
  call: (method: string, input: unknown) => Promise<Result<unknown>>
  /** Typed convenience for Node-side callers (CLI, tests): throws the ApiError on failure. */
  run: <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>
  close: () => void
}

export function openCore(options: { dataDir?: string; file?: string; transport: ServiceContext['transport'] }): RoundtableCore {
  const dataFile = options.file ?? dataFileIn(options.dataDir ?? '.')
  const db = openDatabase(dataFile, { create: true })
  return coreOver(db, dataFile, options.transport)
}

export function coreOver(db: Db, dataFile: string, transport: ServiceContext['transport']): RoundtableCore {
  const service = createService({ db, dataFile, transport })
  const call = (method: string, input: unknown) => dispatch(service, db, method, input)
  return {
    db,
    service,
    dataFile,
    call,
    run: async (method, input) => {
      const result = await call(method, input)
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues)
      return result.value as MethodOutput<typeof method>
    },
    close: () => {
      if (db.open) db.close()
    }
  }
}
