import type { Db } from '../db/connection'

/** What every handler may use besides its input. */
export interface ServiceContext {
  db: Db
  dataFile: string
  transport: 'electron' | 'browser' | 'cli' | 'test'
}
