import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { launchFileFrom } from '../../../src/main/launchFile'

// files.ts imports Electron's dialog for the native dialogs; only its plain checks run here.
vi.mock('electron', () => ({ app: {}, dialog: {}, ipcMain: {}, BrowserWindow: {} }))
const { parseOpenRequest, parseSaveRequest, readPickedFile } = await import('../../../src/main/files')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roundtable-launch-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('export file given at launch', () => {
  it('finds an export passed by path, relative to where the second launch started', () => {
    writeFileSync(join(dir, 'workshop.json'), '{}')
    expect(launchFileFrom(['/opt/Roundtable/roundtable', 'workshop.json'], dir)).toBe(join(dir, 'workshop.json'))
  })

  it('skips flags, the data folder argument, missing files and other file types', () => {
    writeFileSync(join(dir, 'notes.txt'), 'x')
    writeFileSync(join(dir, 'data.json'), '{}')
    const argv = ['electron', '.', '--data-dir', join(dir, 'data.json'), '--inspect', join(dir, 'missing.json'), join(dir, 'notes.txt')]
    expect(launchFileFrom(argv, dir)).toBeUndefined()
  })

  it('reads the picked file, and refuses a folder', async () => {
    writeFileSync(join(dir, 'export.json'), '{"a":1}')
    const file = await readPickedFile(join(dir, 'export.json'))
    expect(file?.name).toBe('export.json')
    expect(new TextDecoder().decode(file?.bytes)).toBe('{"a":1}')
    expect(await readPickedFile(dir)).toBeNull()
  })
})

describe('file requests from the page', () => {
  it('keeps only a file name from what the page suggests', () => {
    const bytes = new Uint8Array([1])
    expect(parseSaveRequest({ name: '../../etc/passwd', bytes })?.name).toBe('passwd')
    expect(parseSaveRequest({ name: 'C:\\Users\\x\\report.pdf', bytes })?.name).toBe('report.pdf')
    expect(parseSaveRequest({ name: 'Report: Q3?.pdf', bytes })?.name).toBe('Report_ Q3_.pdf')
  })

  it('refuses anything that is not a name and bytes', () => {
    expect(parseSaveRequest({ name: 'a.pdf', bytes: 'text' })).toBeNull()
    expect(parseSaveRequest({ name: '', bytes: new Uint8Array() })).toBeNull()
    expect(parseSaveRequest(null)).toBeNull()
  })

  it('accepts only plain extensions for the open dialog filter', () => {
    expect(parseOpenRequest({ extensions: ['json', 'sqlite', '*', 'a/b', 3] })).toEqual(['json', 'sqlite'])
    expect(parseOpenRequest('json')).toEqual([])
  })
})
