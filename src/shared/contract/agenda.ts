import { z } from 'zod'
import { byId } from '../domain/common'
import {
  agenda,
  agendaIcs,
  agendaItem,
  agendaItemCreate,
  agendaItemUpdate,
  agendaReorder,
  agendaScope,
  breakInsert,
  deletedAgendaItem,
  liveCommand,
  liveMinutes,
  liveState
} from '../domain/agenda'
import { method } from './define'

const ok = z.object({ ok: z.literal(true) })

export const agendaMethods = {
  /** The workshop's agenda with every item's computed start and end in both zones. */
  getAgenda: method(agendaScope, agenda),
  createAgendaItem: method(agendaItemCreate, agendaItem),
  updateAgendaItem: method(agendaItemUpdate, agendaItem),
  /** Returns the deleted item, and what pointed at it, so the caller can offer undo with restoreAgendaItem. */
  deleteAgendaItem: method(byId, deletedAgendaItem),
  /** Puts a deleted item back in its place with its id, relinking the notes the delete unlinked. */
  restoreAgendaItem: method(deletedAgendaItem, agendaItem),
  /** A copy placed right after the original. */
  duplicateAgendaItem: method(byId, agendaItem),
  /** `ids` must name every item of the workshop exactly once; applied in one transaction. */
  reorderAgendaItems: method(agendaReorder, ok),
  insertBreak: method(breakInsert, agendaItem),
  exportAgendaIcs: method(agendaScope, agendaIcs)
}

export const liveMethods = {
  getLiveState: method(agendaScope, liveState),
  /** Starts (or restarts from the first item) the live run and records the first item's actual start. */
  startLiveRun: method(liveCommand, liveState),
  /** Ends the current item and starts the next; after the last item the run is finished. */
  advanceLiveRun: method(liveCommand, liveState),
  /** Makes the previous item current again, as if the last advance had not happened. */
  goBackLiveRun: method(liveCommand, liveState),
  /** Gives the current item more time (5 minutes unless told) without changing the plan. */
  addLiveRunMinutes: method(liveMinutes, liveState),
  /** Forgets the run: actual times and added minutes are cleared (e.g. after a rehearsal). */
  resetLiveRun: method(agendaScope, liveState)
}
