import type { RoundtableCore } from '../core/app'

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
}

/** One CLI command. `run` returns the process exit code. */
export interface CliCommand {
  name: string
  usage: string
  summary: string
  /** Options this command accepts, in node:util parseArgs form. */
  options?: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>
  /** Commands that work on a database file themselves (restore, check) open none here. */
  opensDatabase?: boolean
  run: (args: { positionals: string[]; values: Record<string, unknown>; core: RoundtableCore | null; dataDir: string; io: CliIo }) => Promise<number>
}
