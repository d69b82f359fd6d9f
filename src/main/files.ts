import { app, dialog, type BrowserWindow } from 'electron'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { maxOpenFileBytes, type PickedFile } from '../shared/desktop'
import { handleFromApp } from './ipc'

/** Plain data checks for what the page sends: it is untrusted input like any other. */
export function parseSaveRequest(input: unknown): { name: string; bytes: Uint8Array } | null {
  if (typeof input !== 'object' || input === null) return null
  const { name, bytes } = input as Record<string, unknown>
  if (typeof name !== 'string' || !(bytes instanceof Uint8Array)) return null
  // Only a file name is a suggestion; a path from the page could point anywhere.
  const safeName = basename(name.replace(/\\/g, '/')).replace(/[<>:"|?*]/g, '_').trim()
  return safeName ? { name: safeName, bytes } : null
}

export function parseOpenRequest(input: unknown): string[] {
  const extensions = (input as { extensions?: unknown } | null)?.extensions
  if (!Array.isArray(extensions)) return []
  return extensions.filter((e): e is string => typeof e === 'string' && /^[a-z0-9]{1,10}$/i.test(e))
}

export async function readPickedFile(path: string): Promise<PickedFile | null> {
  const info = await stat(path).catch(() => null)
  if (!info?.isFile() || info.size > maxOpenFileBytes) return null
  return { name: basename(path), bytes: new Uint8Array(await readFile(path)) }
}

async function save(input: unknown, window: BrowserWindow | null): Promise<boolean> {
  const request = parseSaveRequest(input)
  if (!request) return false
  const extension = extname(request.name).slice(1)
  const options = {
    defaultPath: join(app.getPath('documents'), request.name),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : []
  }
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return false
  await writeFile(result.filePath, request.bytes)
  return true
}

async function open(input: unknown, window: BrowserWindow | null): Promise<PickedFile | null> {
  const extensions = parseOpenRequest(input)
  const options = {
    properties: ['openFile' as const],
    filters: extensions.length > 0 ? [{ name: extensions.map((e) => e.toUpperCase()).join(', '), extensions }] : []
  }
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  const path = result.filePaths[0]
  if (result.canceled || !path) return null
  return readPickedFile(path)
}

/** The native save/open dialogs behind the renderer's platform/files.ts. */
export function registerFileDialogs(devUrl: string | undefined): void {
  handleFromApp('file:save', devUrl, false, save)
  handleFromApp('file:open', devUrl, null, open)
}
