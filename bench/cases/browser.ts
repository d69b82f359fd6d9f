import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import config from '../../playwright.config'

const root = resolve(import.meta.dirname, '../..')

/** The renderer bundle the bench serves, in its own folder so it never races another build. */
export const benchRendererDir = join(root, 'out-bench/renderer')

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name)
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }, 0)

/** Builds the renderer into out-bench/ when it is missing or older than the sources. */
export function buildRenderer(log: (message: string) => void): string {
  const marker = join(benchRendererDir, 'index.html')
  const sources = Math.max(newest(join(root, 'src/renderer')), newest(join(root, 'src/shared')))
  if (existsSync(marker) && statSync(marker).mtimeMs >= sources) return benchRendererDir
  log('building the renderer into out-bench/renderer…')
  const result = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: root,
    env: { ...process.env, RENDERER_OUT_DIR: benchRendererDir },
    encoding: 'utf8'
  })
  if (result.status !== 0) throw new Error(`renderer build failed: ${(result.stderr || result.stdout).slice(-800)}`)
  return benchRendererDir
}

/** Debian's Chromium with the same flags as the e2e tests (playwright.config.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...config.use?.launchOptions, headless: true })
}
