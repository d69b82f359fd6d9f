import { existsSync, statSync } from 'node:fs'
import { extname, isAbsolute, resolve } from 'node:path'

/** Files a facilitator can open with Roundtable (double-click, "Open with", command line). */
export const importableExtensions = ['json', 'roundtable']

/**
 * The export file a launch was given, if any: the last argument that is an existing file
 * with an importable extension. Flags and their values (`--data-dir DIR`) are skipped;
 * `cwd` is where the second instance was started, which relative paths are relative to.
 */
export function launchFileFrom(argv: readonly string[], cwd: string): string | undefined {
  const candidates: string[] = []
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--data-dir') {
      i++
      continue
    }
    if (arg.startsWith('-')) continue
    if (importableExtensions.includes(extname(arg).slice(1).toLowerCase())) candidates.push(arg)
  }
  for (const candidate of candidates.reverse()) {
    const path = isAbsolute(candidate) ? candidate : resolve(cwd, candidate)
    if (existsSync(path) && statSync(path).isFile()) return path
  }
  return undefined
}
