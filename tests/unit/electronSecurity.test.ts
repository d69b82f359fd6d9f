import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** Every TypeScript file of the Electron shell: the main process and the preload. */
function shellFiles(): { file: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []))
  return ['src/main', 'src/preload'].flatMap(walk).map((file) => ({ file, text: readFileSync(file, 'utf8') }))
}

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

const rules: { name: string; find: (code: string, file: string) => boolean }[] = [
  { name: 'nodeIntegration enabled', find: (c) => /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/.test(c) },
  { name: 'contextIsolation disabled', find: (c) => /contextIsolation\s*:\s*false/.test(c) },
  { name: 'sandbox disabled', find: (c) => /sandbox\s*:\s*false/.test(c) || /--no-sandbox|no-sandbox/.test(c) },
  { name: 'webSecurity disabled', find: (c) => /webSecurity\s*:\s*false/.test(c) },
  { name: 'insecure content allowed', find: (c) => /allowRunningInsecureContent\s*:\s*true/.test(c) },
  { name: '<webview> enabled', find: (c) => /webviewTag\s*:\s*true/.test(c) },
  // ipcRenderer may only be called (ipcRenderer.invoke/on/...), never handed to the page as a value.
  { name: 'raw ipcRenderer exposed', find: (c) => /\bipcRenderer\b(?!\s*[.'"])/.test(c.replace(/import[^;\n]*from\s*['"]electron['"]/g, '')) },
  { name: 'shell.openExternal outside the allowlisted helper', find: (c, f) => /\bopenExternal\s*\(/.test(c) && /\bshell\b/.test(c) && !f.endsWith(join('src', 'main', 'security.ts')) }
]

const violations = (files: { file: string; text: string }[]) =>
  files.flatMap(({ file, text }) => rules.filter((rule) => rule.find(withoutComments(text), file)).map((rule) => `${file}: ${rule.name}`))

describe('Electron security settings (static check)', () => {
  it('src/main and src/preload keep every protection on', () => {
    const files = shellFiles()
    expect(files.length).toBeGreaterThan(2)
    expect(violations(files)).toEqual([])
  })

  it('catches each insecure setting it claims to catch', () => {
    const bad = [
      'new BrowserWindow({ webPreferences: { nodeIntegration: true } })',
      'webPreferences: { contextIsolation: false }',
      'webPreferences: { sandbox: false }',
      'webPreferences: { webSecurity: false }',
      'webPreferences: { allowRunningInsecureContent: true }',
      'webPreferences: { webviewTag: true }',
      "import { contextBridge, ipcRenderer } from 'electron'\ncontextBridge.exposeInMainWorld('ipc', ipcRenderer)",
      "import { contextBridge, ipcRenderer } from 'electron'\ncontextBridge.exposeInMainWorld('api', { ipcRenderer })",
      "import { shell } from 'electron'\nipcMain.handle('open', (_e, url) => shell.openExternal(url))"
    ]
    for (const text of bad) expect(violations([{ file: join('src', 'main', 'window.ts'), text }]), text).toHaveLength(1)
    const fine = "import { contextBridge, ipcRenderer } from 'electron'\nconst api = { get: () => ipcRenderer.invoke('api:get') } // not ipcRenderer itself"
    expect(violations([{ file: join('src', 'preload', 'index.ts'), text: fine }])).toEqual([])
  })
})
