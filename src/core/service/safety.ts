import type { Handlers } from '../../shared/contract'
import { makeBackup, listBackups, backupFile, rotateBackups } from '../backup/backups'
import { backupFolderFor, chooseBackupFolder } from '../backup/location'
import { previewFile, restoreFrom } from '../backup/restore'
import { saveUpload, uploadedFile } from '../backup/uploads'
import { exportCsv, importCsv, previewCsv } from '../exchange/csv'
import { exportDocument, exportFileName } from '../exchange/exportData'
import { importExport, previewImport } from '../exchange/importData'
import type { ServiceContext } from './context'

type Source = { backupId: string } | { uploadId: string }

/**
 * Backups, restore and import/export. Built from the data file rather than an open database,
 * so that the recovery screen can use them when the database cannot be opened.
 */
export const safetyHandlers = ({ data }: Pick<ServiceContext, 'data' | 'dataFile' | 'transport'>) => {
  const folder = () => backupFolderFor(data.dataFile)
  const fileOf = (source: Source) => ('backupId' in source ? backupFile(folder(), source.backupId) : uploadedFile(source.uploadId))
  const status = () => {
    const error = data.openError()
    return {
      dataFile: data.dataFile,
      backupFolder: folder(),
      open: error === null,
      error: error && { code: error.code, message: error.message },
      lastBackupAt: listBackups(folder()).find((b) => b.reason !== 'damaged-file')?.createdAt ?? null
    }
  }
  return {
    getDataStatus: () => status(),
    listBackups: () => ({ folder: folder(), backups: listBackups(folder()) }),
    backupNow: () => {
      const backup = makeBackup(data.database(), folder(), 'manual')
      rotateBackups(folder())
      return backup
    },
    setBackupFolder: ({ folder: chosen }) => ({ folder: chooseBackupFolder(data.dataFile, chosen) }),
    uploadDatabaseFile: ({ dataBase64 }) => {
      const { uploadId, file } = saveUpload(dataBase64)
      return { uploadId, preview: previewFile(file) }
    },
    previewRestore: (source) => previewFile(fileOf(source)),
    restoreDatabase: (source) => {
      const { undoBackupId } = restoreFrom(data, fileOf(source))
      return { undoBackupId, status: status() }
    },
    exportData: () => ({ fileName: exportFileName(), text: JSON.stringify(exportDocument(data.database()), null, 1) }),
    previewImport: ({ text }) => previewImport(data.database(), text),
    importData: ({ text, onConflict }) => importExport(data.database(), text, onConflict),
    exportCsv: ({ kind }) => ({ fileName: `roundtable-${kind}.csv`, text: exportCsv(data.database(), kind) }),
    previewCsvImport: ({ kind, text, mapping }) => previewCsv(data.database(), kind, text, mapping),
    importCsv: ({ kind, text, mapping }) => importCsv(data.database(), kind, text, mapping)
  } satisfies Partial<Handlers>
}
