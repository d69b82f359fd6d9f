import type { Agenda } from '../../shared/domain/agenda'
import { getCaseStudy } from '../db/caseStudies'
import type { Db } from '../db/connection'
import { citiesOfWorkshop } from '../db/participation'
import { speakersOfWorkshop } from '../db/speakers'
import { getWorkshop } from '../db/workshops'
import { agendaHandlers } from '../service/agenda'
import type { ServiceContext } from '../service/context'
import { synergiesForWorkshop } from '../synergy'
import type { ReportData, ReportSynergies } from './types'

/**
 * Reads everything a report of one workshop can print, in one consistent snapshot (one
 * read transaction), so a report never mixes data from before and after an edit.
 */
export function gatherReportData(context: ServiceContext, workshopId: string): ReportData {
  const { db } = context
  return db.transaction(() => {
    const workshop = getWorkshop(db, workshopId)
    const cities = citiesOfWorkshop(db, workshopId).map((city) => ({
      ...city,
      items: getCaseStudy(db, workshopId, city.id).items
    }))
    return {
      workshop,
      speakers: speakersOfWorkshop(db, workshopId),
      cities,
      agenda: readAgenda(context, workshopId),
      actionItems: null,
      synergies: readSynergies(db, workshopId)
    }
  })()
}

// The agenda's times (two zones, daylight saving) are computed by the agenda area; the
// report asks it rather than repeating the arithmetic. Until it answers, there is no agenda.
function readAgenda(context: ServiceContext, workshopId: string): Agenda | null {
  try {
    const agenda = agendaHandlers(context).getAgenda({ workshopId })
    return agenda.items.length > 0 ? agenda : null
  } catch {
    return null
  }
}

function readSynergies(db: Db, workshopId: string): ReportSynergies | null {
  try {
    const found = synergiesForWorkshop(db, workshopId, { preferCrossGroup: true, limit: 12 })
    return found.cells.some((cell) => cell.count > 0) ? found : null
  } catch {
    return null
  }
}
