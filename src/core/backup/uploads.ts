import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'

// A file the person chose in the window (the page cannot hand over a path, only bytes).
// Kept in a scratch folder for this run of the app, addressed by a random id.
const chosen = new Map<string, string>()
let folder: string | undefined

export function saveUpload(dataBase64: string): { uploadId: string; file: string } {
  folder ??= mkdtempSync(join(tmpdir(), 'roundtable-chosen-'))
  const uploadId = randomBytes(16).toString('hex')
  const file = join(folder, `${uploadId}.sqlite`)
  writeFileSync(file, Buffer.from(dataBase64, 'base64'))
  chosen.set(uploadId, file)
  return { uploadId, file }
}

export function uploadedFile(uploadId: string): string {
  const file = chosen.get(uploadId)
  if (!file) throw new AppError('not_found', 'That chosen file is no longer available: choose it again.')
  return file
}
