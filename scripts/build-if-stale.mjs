// Builds the app when out/ is missing or older than the sources, so `npm start` and
// `npm run web` work right after `npm install` and after every edit.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const newest = (dir) => {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

export function buildIfStale(root) {
  const marker = join(root, 'out', 'renderer', 'index.html')
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'electron.vite.config.ts')).mtimeMs)
  if (existsSync(marker) && statSync(marker).mtimeMs >= sources && existsSync(join(root, 'out', 'main', 'index.js'))) return
  console.log('Building Roundtable…')
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
