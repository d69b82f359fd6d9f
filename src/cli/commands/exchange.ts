import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { conflictChoice } from '../../shared/domain/safety'
import type { CliCommand } from '../command'
import { table } from '../format'

/** Written under a temporary name and renamed: an interrupted export never leaves half a file. */
export function writeWhole(file: string, text: string): void {
  writeFileSync(`${file}.partial`, text)
  renameSync(`${file}.partial`, file)
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export [--out FILE.json]',
  summary: 'Write everything (all workshops, speakers, cities, notes…) as one JSON document.',
  options: { out: { type: 'string' } },
  async run({ values, core, io }) {
    const { text } = await core!.run('exportData', {})
    if (typeof values.out !== 'string') {
      io.out(text)
      return 0
    }
    writeWhole(resolve(values.out), text)
    io.out(`Exported to ${resolve(values.out)}`)
    return 0
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import FILE.json [--on-conflict skip|replace|copy]',
  summary: 'Import a JSON export, all or nothing. Records that already exist are skipped, replaced or copied.',
  options: { 'on-conflict': { type: 'string' } },
  async run({ positionals, values, core, io }) {
    const choice = conflictChoice.safeParse(values['on-conflict'] ?? 'skip')
    if (!positionals[0] || !choice.success) {
      io.err('Usage: roundtable import FILE.json [--on-conflict skip|replace|copy]')
      return 2
    }
    let text: string
    try {
      text = readFileSync(resolve(positionals[0]), 'utf8')
    } catch (error) {
      io.err(`Cannot read ${resolve(positionals[0])}: ${(error as Error).message}`)
      return 1
    }
    const result = await core!.run('importData', { text, onConflict: choice.data })
    const rows = result.tables.filter((t) => t.inserted + t.replaced + t.skipped + t.copied > 0)
    io.out(table(['Table', 'New', 'Replaced', 'Skipped', 'Copied'], rows.map((t) => [t.table, String(t.inserted), String(t.replaced), String(t.skipped), String(t.copied)])))
    return 0
  }
}
