import type { MethodName, MethodOutput, MethodInput } from '../shared/contract'
import { recoveryMethodNames } from '../shared/contract/safety'
import { AppError, type ApiError, type Result } from '../shared/errors'
import type { DataControl } from './backup/control'
import { makeBackup } from './backup/backups'
import { backupFolderFor } from './backup/location'
import { type Db, openDatabase } from './db/connection'
import { dataFileIn } from './paths'
import { keepSearchIndexTidy } from './search/upkeep'
import { createService, type Service, type ServiceContext } from './service'
import { dispatch } from './service/dispatch'
import { safetyHandlers } from './service/safety'

export interface RoundtableCore extends DataControl {
  /** The open database and its service; reading them throws while the data file cannot be opened. */
  readonly db: Db
  readonly service: Service
  dataFile: string
  /** Validates and runs one method, as every transport does. */
  call: (method: string, input: unknown) => Promise<Result<unknown>>
  /** Typed convenience for Node-side callers (CLI, tests): throws the ApiError on failure. */
  run: <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>
  close: () => void
}

type CoreOptions = { dataDir?: string; file?: string; transport: ServiceContext['transport'] }

/** Opens the data file and its service; throws when the file cannot be opened. */
export function openCore(options: CoreOptions): RoundtableCore {
  const core = startCore(options)
  const error = core.openError()
  if (error) throw new AppError(error.code, error.message)
  return core
}

/** A migration rewrites the schema: keep the database as it was first (a brand-new file has nothing to keep). */
const backupBeforeMigration = (dataFile: string) => (db: Db, from: number) => {
  const hasTables = (db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number) > 0
  if (from > 0 || hasTables) makeBackup(db, backupFolderFor(dataFile), 'before-migration')
}

const asApiError = (error: unknown): ApiError =>
  error instanceof AppError ? error.toJSON() : { code: 'db_unreadable', message: String((error as Error)?.message ?? error) }

/**
 * Like openCore, but a data file that cannot be opened leaves the core in recovery mode: the
 * file is not touched, and only the methods that can put a good database in its place
 * (list backups, restore, choose a file) answer. A restore closes, replaces and reopens the
 * file under the running transports, which always reach it through `call`.
 */
export function startCore(options: CoreOptions): RoundtableCore {
  const dataFile = options.file ?? dataFileIn(options.dataDir ?? '.')
  let db: Db | null = null
  let service: Service | null = null
  let openError: ApiError | null = null

  const open = () => {
    try {
      db = openDatabase(dataFile, { create: true, beforeMigrate: backupBeforeMigration(dataFile) })
      service = createService({ db, dataFile, transport: options.transport, data: core })
      openError = null
    } catch (error) {
      db = null
      service = null
      openError = asApiError(error)
    }
  }
  // A running app merges the search index while idle; a one-off CLI command leaves it be.
  const upkeep = options.transport === 'electron' || options.transport === 'browser' ? keepSearchIndexTidy(() => db) : undefined
  const recoveryService = () => safetyHandlers({ dataFile, transport: options.transport, data: core }) as unknown as Service

  const core: RoundtableCore = {
    dataFile,
    get db() {
      if (!db) throw new AppError(openError?.code ?? 'db_unreadable', openError?.message ?? 'The database is closed.')
      return db
    },
    get service() {
      if (!service) throw new AppError(openError?.code ?? 'db_unreadable', openError?.message ?? 'The database is closed.')
      return service
    },
    database: () => core.db,
    openError: () => openError,
    reopen: (replace) => {
      if (db?.open) db.close()
      db = null
      try {
        replace()
      } finally {
        open()
      }
    },
    call: async (method, input) => {
      upkeep?.poke()
      if (db && service) return dispatch(service, db, method, input)
      if (!(recoveryMethodNames as readonly string[]).includes(method)) {
        return { ok: false, error: openError ?? { code: 'db_unreadable', message: 'The database is closed.' } }
      }
      // Recovery methods never run in a transaction, so dispatch never touches the (absent) database.
      return dispatch(recoveryService(), null as unknown as Db, method, input)
    },
    run: async (method, input) => {
      const result = await core.call(method, input)
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues)
      return result.value as MethodOutput<typeof method>
    },
    close: () => {
      upkeep?.stop()
      if (db?.open) db.close()
    }
  }
  open()
  return core
}
