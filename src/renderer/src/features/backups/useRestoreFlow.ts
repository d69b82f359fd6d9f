import { useState } from 'react'
import type { DatabasePreview } from '../../../../shared/domain/safety'
import { api, errorMessage } from '../../api/client'
import { base64Of, chooseFile } from './files'

export type RestoreSource = { backupId: string } | { uploadId: string }

export interface RestoreTarget {
  source: RestoreSource
  /** A backup's date or a chosen file's name: what the person recognises. */
  label: string
  kind: 'backup' | 'file'
  preview: DatabasePreview
}

export const databaseExtensions = ['sqlite', 'sqlite3', 'db']

/** Restoring goes through a preview: a backup or a chosen file is shown before it replaces anything. */
export function useRestoreFlow() {
  const [target, setTarget] = useState<RestoreTarget | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async (load: () => Promise<RestoreTarget | null>) => {
    setBusy(true)
    setError(null)
    try {
      const next = await load()
      if (next) setTarget(next)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return {
    target,
    error,
    busy,
    close: () => setTarget(null),
    askBackup: (backupId: string, label: string) =>
      run(async () => ({ source: { backupId }, label, kind: 'backup', preview: await api.previewRestore({ backupId }) })),
    askFile: () =>
      run(async () => {
        const file = await chooseFile(databaseExtensions)
        if (!file) return null
        const { uploadId, preview } = await api.uploadDatabaseFile({ name: file.name, dataBase64: base64Of(file.bytes) })
        return { source: { uploadId }, label: file.name, kind: 'file', preview }
      })
  }
}
