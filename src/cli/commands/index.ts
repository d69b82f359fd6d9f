import type { CliCommand } from '../command'
import { listCommand } from './list'

/** Every CLI command; feature areas add theirs here. */
export const commands: CliCommand[] = [listCommand]
