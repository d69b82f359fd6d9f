// `npm run web -- --port P --data-dir DIR`: browser mode, served on 127.0.0.1 only.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildIfStale } from './build-if-stale.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
buildIfStale(root)
const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit'
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
