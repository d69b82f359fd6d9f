import type { DataControl } from '../backup/control'
import type { Db } from '../db/connection'

/** What every handler may use besides its input. */
export interface ServiceContext {
  db: Db
  dataFile: string
  transport: 'electron' | 'browser' | 'cli' | 'test'
  /** The running data file: backups, restore and import/export work through it. */
  data: DataControl
}
