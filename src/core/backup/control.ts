import type { ApiError } from '../../shared/errors'
import type { Db } from '../db/connection'

/** What backup and restore need from the running app: the data file, and a way to swap it. */
export interface DataControl {
  dataFile: string
  /** The open database; throws the reason it could not be opened. */
  database: () => Db
  openError: () => ApiError | null
  /** Closes the data file, runs `replace` (which may put another file in its place), opens it again. */
  reopen: (replace: () => void) => void
}
