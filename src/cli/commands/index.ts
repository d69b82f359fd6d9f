import type { CliCommand } from '../command'
import { agendaCommand } from './agenda'
import { backupCommand, checkCommand, restoreCommand } from './backup'
import { exportCommand, importCommand } from './exchange'
import { listCommand } from './list'
import { reportCommand } from './report'
import { sampleCommand } from './sample'
import { searchCommand } from './search'
import { synergiesCommand } from './synergies'

/** Every CLI command; feature areas add theirs here. */
export const commands: CliCommand[] = [listCommand, sampleCommand, agendaCommand, synergiesCommand, searchCommand, exportCommand, importCommand, backupCommand, restoreCommand, checkCommand, reportCommand]
