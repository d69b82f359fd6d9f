import type { Handlers } from '../../shared/contract'
import { minutesShares, scheduleAgenda } from '../../shared/agenda/times'
import type { Agenda } from '../../shared/domain/agenda'
import * as agendaItems from '../db/agenda'
import * as live from '../db/agendaLive'
import { citiesOfWorkshop } from '../db/participation'
import { speakersOfWorkshop } from '../db/speakers'
import { getWorkshop } from '../db/workshops'
import { agendaIcs, icsFileName } from './agendaIcs'
import type { ServiceContext } from './context'

const ok = { ok: true } as const
const clock = (at: string | undefined): string => (at ? new Date(at).toISOString() : new Date().toISOString())

/** The agenda with computed times and shares; every view and export starts from this. */
export function buildAgenda(db: ServiceContext['db'], workshopId: string): Agenda {
  const workshop = getWorkshop(db, workshopId)
  const { items, totals } = scheduleAgenda(workshop, agendaItems.listAgendaItems(db, workshopId))
  const speakerNames = new Map(speakersOfWorkshop(db, workshopId).map((s) => [s.id, s.name]))
  const cityNames = new Map(citiesOfWorkshop(db, workshopId).map((c) => [c.id, c.name]))
  const shares = minutesShares(items, speakerNames, cityNames)
  return {
    workshopId,
    date: workshop.date,
    startTime: workshop.startTime,
    timeZone: workshop.timeZone,
    secondTimeZone: workshop.secondTimeZone,
    items,
    ...totals,
    minutesBySpeaker: shares.bySpeaker,
    minutesByCity: shares.byCity
  }
}

export const agendaHandlers = ({ db }: ServiceContext) =>
  ({
    getAgenda: ({ workshopId }) => buildAgenda(db, workshopId),
    createAgendaItem: ({ afterId, ...input }) => agendaItems.insertAgendaItem(db, input, afterId),
    updateAgendaItem: ({ id, ...patch }) => agendaItems.updateAgendaItem(db, id, patch),
    deleteAgendaItem: ({ id }) => agendaItems.deleteAgendaItem(db, id),
    restoreAgendaItem: (item) => agendaItems.restoreAgendaItem(db, item),
    duplicateAgendaItem: ({ id }) => {
      const original = agendaItems.getAgendaItem(db, id)
      // The copy is a new plan: what live mode recorded for the original stays with the original.
      return agendaItems.insertAgendaItem(db, { ...original, actualStart: null, actualEnd: null, extraMinutes: 0 }, original.id)
    },
    reorderAgendaItems: ({ workshopId, ids }) => (agendaItems.reorderAgendaItems(db, workshopId, ids), ok),
    insertBreak: ({ workshopId, afterId, title, durationMinutes }) =>
      agendaItems.insertAgendaItem(
        db,
        { workshopId, title, kind: 'break', durationMinutes, speakerIds: [], cityId: null, facilitatorNotes: '', contentNotes: '' },
        afterId
      ),
    exportAgendaIcs: ({ workshopId }) => {
      const workshop = getWorkshop(db, workshopId)
      const speakerNames = new Map(speakersOfWorkshop(db, workshopId).map((s) => [s.id, s.name]))
      return { fileName: icsFileName(workshop), ics: agendaIcs(workshop, buildAgenda(db, workshopId), speakerNames) }
    },
    getLiveState: ({ workshopId }) => live.getLiveState(db, workshopId),
    startLiveRun: ({ workshopId, at }) => live.startLiveRun(db, workshopId, clock(at)),
    advanceLiveRun: ({ workshopId, at }) => live.advanceLiveRun(db, workshopId, clock(at)),
    goBackLiveRun: ({ workshopId, at }) => live.goBackLiveRun(db, workshopId, clock(at)),
    addLiveRunMinutes: ({ workshopId, minutes }) => live.addLiveRunMinutes(db, workshopId, minutes),
    resetLiveRun: ({ workshopId }) => live.resetLiveRun(db, workshopId)
  }) satisfies Partial<Handlers>
