import { describe, expect, it, vi } from 'vitest'

// Only the Electron binary is mocked: the window options are plain data built in windows.ts.
vi.mock('electron', () => ({ BrowserWindow: class {}, screen: {}, net: {}, protocol: {} }))
const { webPreferences } = await import('../../../src/main/windows')

describe('window security settings', () => {
  it('gives every window an isolated, sandboxed page without Node', () => {
    expect(webPreferences()).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    expect(webPreferences().preload).toMatch(/preload[\\/]index\.cjs$/)
  })

  it('checks spelling only where it needs no download (macOS’s own dictionaries)', () => {
    expect(webPreferences().spellcheck).toBe(process.platform === 'darwin')
  })
})
