import type { Handlers } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { ServiceContext } from './context'

// Interim: the contract is published first so other areas can build on it; the handlers follow.
const notYet = (): never => {
  throw new AppError('internal', 'The agenda is not available in this build yet.')
}

export const agendaHandlers = (_context: ServiceContext) =>
  ({
    getAgenda: notYet,
    createAgendaItem: notYet,
    updateAgendaItem: notYet,
    deleteAgendaItem: notYet,
    restoreAgendaItem: notYet,
    duplicateAgendaItem: notYet,
    reorderAgendaItems: notYet,
    insertBreak: notYet,
    exportAgendaIcs: notYet,
    getLiveState: notYet,
    startLiveRun: notYet,
    advanceLiveRun: notYet,
    goBackLiveRun: notYet,
    addLiveRunMinutes: notYet,
    resetLiveRun: notYet
  }) satisfies Partial<Handlers>
