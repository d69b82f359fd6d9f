import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js'
import { DebugLogger } from 'builder-util'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Packaging itself needs the network (electron-builder downloads Electron), so these tests
// check the configuration with electron-builder's own loader and schema, offline.
const root = resolve(__dirname, '../../..')
const loadConfig = () => getConfig(root, null, null)

const pngSize = (path: string): [number, number] => {
  const bytes = readFileSync(path)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('rejects a mistyped option, so the validation above is real', async () => {
    const config = await loadConfig()
    await expect(validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } as never }, new DebugLogger(false))).rejects.toThrow(/electronFuses/)
  })

  it('builds AppImage and deb, dmg and nsis under the product’s name', async () => {
    const config = await loadConfig()
    expect(config.appId).toBe('app.roundtable.desktop')
    expect(config.productName).toBe('Roundtable')
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.win?.target).toEqual(['nsis'])
  })

  it('locks the release build with Electron fuses', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('unpacks SQLite’s native module, does not rebuild it, and has no update feed', async () => {
    const config = await loadConfig()
    expect(config.asar).not.toBe(false)
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**')
    expect(config.npmRebuild).toBe(false)
    expect(config.publish).toBeNull()
    // electron-builder normalises `files` to file sets: [{ filter: [...] }].
    const files = [config.files].flat().flatMap((set) => (typeof set === 'string' ? [set] : [set?.filter ?? []].flat()))
    expect(files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']))
  })

  it('has an icon in every size each platform needs', async () => {
    const config = await loadConfig()
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(resolve(root, String(config.linux?.icon), `${size}x${size}.png`))).toEqual([size, size])
    }
    const ico = readFileSync(resolve(root, String(config.win?.icon)))
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5)
    // The .ico must hold a 256px image (stored as 0) for Windows' large icon views.
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16])
    expect(widths).toContain(0)
    const icns = readFileSync(resolve(root, String(config.mac?.icon)))
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    expect(icns.includes(Buffer.from('ic10'))).toBe(true)
  })

  it('is run by `npm run dist`, and installing downloads nothing', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; allowScripts?: Record<string, boolean> }
    expect(pkg.scripts.dist).toMatch(/electron-vite build && electron-builder/)
    expect(pkg.scripts.postinstall).toBeUndefined()
    // Electron's own install script would fetch the binary at install: it must stay off.
    expect(pkg.allowScripts?.electron).not.toBe(true)
  })
})
