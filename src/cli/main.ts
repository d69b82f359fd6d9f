import { parseArgs } from 'node:util'
import { openCore, type RoundtableCore } from '../core/app'
import { resolveDataDir } from '../core/paths'
import { AppError } from '../shared/errors'
import type { CliIo } from './command'
import { commands } from './commands'

const io: CliIo = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) }

function help(): string {
  const width = Math.max(...commands.map((c) => c.usage.length))
  return [
    'Roundtable: workshops, speakers, cities and their notes, from the command line.',
    '',
    'Usage: roundtable [--data-dir DIR] <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --data-dir DIR  the folder holding roundtable.sqlite (or set ROUNDTABLE_DATA_DIR)',
    '  --help          show this help'
  ].join('\n')
}

export async function runCli(argv: string[]): Promise<number> {
  const name = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--data-dir')
  const command = commands.find((c) => c.name === name)
  if (!command || argv.includes('--help') || argv.includes('-h')) {
    io.out(help())
    return command || name === undefined ? 0 : 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'data-dir': { type: 'string' }, help: { type: 'boolean' }, ...command.options }
    })
  } catch (error) {
    io.err(`${(error as Error).message}\nUsage: roundtable ${command.usage}`)
    return 2
  }
  const dataDir = resolveDataDir(parsed.values['data-dir'] as string | undefined)
  let core: RoundtableCore | null = null
  try {
    if (command.opensDatabase !== false) core = openCore({ dataDir, transport: 'cli' })
    return await command.run({ positionals: parsed.positionals.slice(1), values: parsed.values, core, dataDir, io })
  } catch (error) {
    io.err(error instanceof AppError ? `${error.message}` : `Unexpected error: ${(error as Error).stack ?? String(error)}`)
    return 1
  } finally {
    core?.close()
  }
}

process.exitCode = await runCli(process.argv.slice(2))
