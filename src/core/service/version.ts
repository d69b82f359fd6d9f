import { readFileSync } from 'node:fs'

// Read at run time so the CLI (run from source) and the bundled main process agree.
const readVersion = (): string => {
  for (const candidate of ['../../../package.json', '../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'roundtable' && pkg.version) return pkg.version
    } catch {
      // try the next layout
    }
  }
  return '0.0.0'
}

export const appVersion = readVersion()
