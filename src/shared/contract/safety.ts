import { z } from 'zod'
import {
  backupInfo,
  conflictChoice,
  csvKind,
  csvMapping,
  csvPreview,
  databasePreview,
  dataStatus,
  importPreview,
  importResult,
  restoreSource,
  upload
} from '../domain/safety'
import { method } from './define'

// An export is one JSON document; bounded like every other input (the transport allows 64 MB).
const exportText = z.string().max(60_000_000)
const csvText = z.string().max(20_000_000)

/**
 * Backups, restore and import/export. Methods that copy or swap the database file cannot run
 * inside a transaction (VACUUM INTO refuses to), hence `transaction: false`.
 */
export const safetyMethods = {
  getDataStatus: method(z.object({}), dataStatus, { transaction: false }),
  listBackups: method(z.object({}), z.object({ folder: z.string(), backups: z.array(backupInfo) }), { transaction: false }),
  backupNow: method(z.object({}), backupInfo, { transaction: false }),
  setBackupFolder: method(z.object({ folder: z.string().min(1).max(4000).nullable() }), z.object({ folder: z.string() }), { transaction: false }),
  uploadDatabaseFile: method(upload, z.object({ uploadId: z.string(), preview: databasePreview }), { transaction: false }),
  previewRestore: method(restoreSource, databasePreview, { transaction: false }),
  restoreDatabase: method(restoreSource, z.object({ undoBackupId: z.string().nullable(), status: dataStatus }), { transaction: false }),
  exportData: method(z.object({}), z.object({ fileName: z.string(), text: z.string() })),
  previewImport: method(z.object({ text: exportText }), importPreview),
  importData: method(z.object({ text: exportText, onConflict: conflictChoice }), importResult),
  exportCsv: method(z.object({ kind: csvKind }), z.object({ fileName: z.string(), text: z.string() })),
  previewCsvImport: method(z.object({ kind: csvKind, text: csvText, mapping: csvMapping.optional() }), csvPreview),
  importCsv: method(z.object({ kind: csvKind, text: csvText, mapping: csvMapping }), z.object({ created: z.number().int() }))
}

/** What still works when the data file cannot be opened: enough to put a good one in its place. */
export const recoveryMethodNames: readonly (keyof typeof safetyMethods)[] = [
  'getDataStatus',
  'listBackups',
  'setBackupFolder',
  'uploadDatabaseFile',
  'previewRestore',
  'restoreDatabase'
]
