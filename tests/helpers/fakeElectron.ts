import { vi } from 'vitest'

/**
 * A stand-in for the Electron binary, which cannot be downloaded on build machines: just
 * enough of `app`, `BrowserWindow`, `ipcMain`, `Menu`, `dialog`… for src/main to start, with
 * everything it asks of Electron recorded so tests can check it. Everything else is real:
 * the core, the SQLite database, the contract.
 */
type Listener = (...args: unknown[]) => unknown

class Emitter {
  listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener)
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
}

export function makeFakeElectron(userData: string) {
  const windows: FakeWindow[] = []
  const handlers = new Map<string, Listener>()
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    getPath: () => userData,
    getName: () => 'Roundtable',
    quit: vi.fn()
  })

  class FakeWindow extends Emitter {
    url = ''
    bounds = { x: 0, y: 0, width: 0, height: 0 }
    maximized = false
    destroyed = false
    webContents = Object.assign(new Emitter(), {
      send: vi.fn(),
      isLoading: () => false,
      getURL: () => this.url
    })
    constructor(readonly options: Record<string, unknown>) {
      super()
      this.bounds = { x: Number(options.x ?? 0), y: Number(options.y ?? 0), width: Number(options.width), height: Number(options.height) }
      windows.push(this)
    }
    static getAllWindows = () => windows.filter((w) => !w.destroyed)
    static fromWebContents = (contents: unknown) => windows.find((w) => w.webContents === contents) ?? null
    loadURL(url: string) {
      this.url = url
      return Promise.resolve()
    }
    getNormalBounds = () => this.bounds
    setBounds = (bounds: typeof this.bounds) => (this.bounds = bounds)
    isMaximized = () => this.maximized
    maximize = () => (this.maximized = true)
    isDestroyed = () => this.destroyed
    isMinimized = () => false
    isFullScreen = () => false
    show = vi.fn()
    focus = vi.fn()
    restore = vi.fn()
    setMenuBarVisibility = vi.fn()
    close() {
      this.emit('close')
      this.destroyed = true
      this.emit('closed')
    }
  }

  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (channel: string, handler: Listener) => handlers.set(channel, handler) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    shell: { openExternal: vi.fn(), openPath: vi.fn() }
  }
  return { electron, windows, handlers, app }
}

/** An IPC event as Electron builds it, from a top frame at `url`. */
export const ipcEvent = (url: string, sender: unknown = {}, parent: unknown = null) => ({ senderFrame: { url, parent }, sender })
