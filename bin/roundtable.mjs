#!/usr/bin/env node
// The `roundtable` command. Runs the TypeScript CLI directly (no build step needed after
// npm install). better-sqlite3 13 needs Node 22: when started by an older Node, re-run
// under the Node 22 that npm installed with the project.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const major = Number(process.versions.node.split('.')[0])

if (major < 22) {
  const bundled = join(root, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node')
  if (!existsSync(bundled)) {
    console.error(`Roundtable needs Node.js 22 or newer (this is ${process.version}). Run npm install first.`)
    process.exit(1)
  }
  const result = spawnSync(bundled, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(result.status ?? 1)
}

const { register } = await import('tsx/esm/api')
register()
await import(new URL('../src/cli/main.ts', import.meta.url).href)
