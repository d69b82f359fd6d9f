import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openCore } from '../../../src/core/app'
import { readSetting } from '../../../src/core/db/settings'
import { dataFileIn } from '../../../src/core/paths'
import { methodNames } from '../../../src/shared/contract'
import { ipcEvent, makeFakeElectron } from '../../helpers/fakeElectron'

// The main process started against a stand-in for the Electron binary (see fakeElectron.ts)
// and a real data folder: the wiring that only the skipped Electron suite could check.
let dir: string
let fake: ReturnType<typeof makeFakeElectron>
const app = 'app://roundtable/index.html'

async function startMain(): Promise<void> {
  fake = makeFakeElectron(join(dir, 'profile'))
  vi.resetModules()
  vi.doMock('electron', () => fake.electron)
  process.env.ROUNDTABLE_DATA_DIR = join(dir, 'data')
  await import('../../../src/main/index')
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1))
}

const call = (channel: string, input: unknown, url = app) => fake.handlers.get(channel)?.(ipcEvent(url, fake.windows[0]?.webContents), input)
const menuLabels = () => (fake.electron.Menu.setApplicationMenu.mock.lastCall?.[0] as { label?: string }[] | undefined)?.map((m) => m.label)

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roundtable-main-'))
})
afterEach(() => {
  fake.app.emit('will-quit')
  delete process.env.ROUNDTABLE_DATA_DIR
  vi.doUnmock('electron')
  rmSync(dir, { recursive: true, force: true })
})

describe('the desktop main process', () => {
  it('opens one locked-down window on the app:// page', async () => {
    await startMain()
    const [window] = fake.windows
    expect(window?.url).toBe(app)
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
  })

  it('answers every contract method and the desktop channels, and only from the app page', async () => {
    await startMain()
    for (const name of methodNames) expect(fake.handlers.has(`api:${name}`), name).toBe(true)
    for (const channel of ['file:save', 'file:open', 'window:presenter', 'shell:openExternal']) expect(fake.handlers.has(channel), channel).toBe(true)

    expect(await call('api:listWorkshops', {})).toEqual({ ok: true, value: [] })
    expect(await call('api:listWorkshops', {}, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(await call('file:save', { name: 'a.pdf', bytes: new Uint8Array([1]) }, 'https://evil.example/')).toBe(false)
    expect(await call('file:open', { extensions: ['json'] }, 'https://evil.example/')).toBeNull()
    expect(await call('shell:openExternal', 'https://example.org/', 'https://evil.example/')).toBe(false)
    // A frame inside the page is refused too.
    expect(await fake.handlers.get('file:open')?.(ipcEvent(app, {}, { url: app }), {})).toBeNull()
    expect(fake.electron.dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(fake.electron.dialog.showOpenDialog).not.toHaveBeenCalled()
  })

  it('saves through the native dialog, and writes nothing when the person cancels', async () => {
    await startMain()
    const target = join(dir, 'report.pdf')
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true })
    expect(await call('file:save', { name: 'report.pdf', bytes: new Uint8Array([37, 80]) })).toBe(false)
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    expect(await call('file:save', { name: 'report.pdf', bytes: new Uint8Array([37, 80]) })).toBe(true)
    expect(readFileSync(target, 'latin1')).toBe('%P')
  })

  it('builds the menu in the stored language and rebuilds it when the window changes it', async () => {
    await startMain()
    await vi.waitFor(() => expect(menuLabels()).toEqual(['File', 'Edit', 'View', 'Help']))
    await call('api:updatePreferences', { language: 'zh' })
    await vi.waitFor(() => expect(menuLabels()).toEqual(['文件', '编辑', '视图', '帮助']))
  })

  it('opens the presenter view in a second window, for a workshop id only', async () => {
    await startMain()
    expect(await call('window:presenter', '../../etc')).toBe(false)
    const id = '0b5e4c1e-8a43-4c55-9d7b-3f0c6d2f2a10'
    expect(await call('window:presenter', id)).toBe(true)
    expect(fake.windows[1]?.url).toBe(`${app}#/live/${id}`)
  })

  it('remembers where the window was when it closes', async () => {
    await startMain()
    fake.windows[0]?.setBounds({ x: 50, y: 40, width: 1000, height: 700 })
    fake.windows[0]?.close()
    fake.app.emit('will-quit')
    const core = openCore({ dataDir: join(dir, 'data'), transport: 'test' })
    expect(JSON.parse(readSetting(core.db, 'desktop.windowState') ?? '{}')).toEqual({ bounds: { x: 50, y: 40, width: 1000, height: 700 }, maximized: false })
    core.close()
  })

  it('hands an export file from a second launch to the running window’s import', async () => {
    await startMain()
    const file = join(dir, 'from-a-colleague.json')
    writeFileSync(file, '{"format":"roundtable"}')
    fake.app.emit('second-instance', {}, ['/opt/Roundtable/roundtable', file], dir)
    await vi.waitFor(() => expect(fake.windows[0]?.webContents.send).toHaveBeenCalled())
    const [channel, message] = fake.windows[0]?.webContents.send.mock.lastCall ?? []
    expect(channel).toBe('command')
    expect(message).toMatchObject({ command: 'data.import', file: { name: 'from-a-colleague.json' } })
    expect(fake.windows[0]?.focus).toHaveBeenCalled()
  })

  it('still opens its window when the data file is damaged (the page shows recovery)', async () => {
    const dataDir = join(dir, 'data')
    rmSync(dataDir, { recursive: true, force: true })
    await import('node:fs').then((fs) => fs.mkdirSync(dataDir, { recursive: true }))
    writeFileSync(dataFileIn(dataDir), 'this is not a database')
    await startMain()
    expect(fake.windows[0]?.url).toBe(app)
    expect(() => fake.windows[0]?.close()).not.toThrow()
  })
})
