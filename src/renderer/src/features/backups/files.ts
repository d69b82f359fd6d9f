import { openFile, saveFile } from '../../platform/files'

/** Saving and choosing files the same way on the desktop (native dialogs) and in browser mode (download, file input). */

export async function saveTextFile(name: string, text: string, mime: string): Promise<void> {
  await saveFile(name, text, mime)
}

export interface ChosenFile {
  name: string
  bytes: Uint8Array
}

export const chooseFile = (extensions: string[]): Promise<ChosenFile | null> => openFile(extensions)

export const textOf = (file: ChosenFile): string => new TextDecoder().decode(file.bytes)

export function base64Of(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export const formatSize = (bytes: number): string =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
