// `npm start`: the desktop app where Electron can run, otherwise browser mode (and why).
import { spawn, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildIfStale } from './build-if-stale.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)

function electronBinary() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'there is no graphical display (DISPLAY is not set)' }
  }
  // Requiring the electron package downloads its binary on first use; allow it a while.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  if (probe.status === 0 && probe.stdout) return { path: probe.stdout }
  return { reason: 'the Electron binary is not installed and could not be downloaded (no network access?)' }
}

buildIfStale(root)
const electron = electronBinary()
const child = electron.path
  ? spawn(electron.path, [root, ...args], { cwd: root, stdio: 'inherit' })
  : spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts'), '--reason', `Starting browser mode because ${electron.reason}.`, ...args], {
      cwd: root,
      stdio: 'inherit'
    })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
