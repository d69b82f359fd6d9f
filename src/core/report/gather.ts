import type { Agenda } from '../../shared/domain/agenda'
import { listActionItems } from '../db/actionItems'
import { getCaseStudy } from '../db/caseStudies'
import type { Db } from '../db/connection'
import { citiesOfWorkshop } from '../db/participation'
import { speakersOfWorkshop } from '../db/speakers'
import { getWorkshop } from '../db/workshops'
import { buildAgenda } from '../service/agenda'
import { synergiesForWorkshop } from '../synergy'
import type { ReportActionItem, ReportData, ReportSynergies } from './types'

/**
 * Reads everything a report of one workshop can print, in one consistent snapshot (one
 * read transaction), so a report never mixes data from before and after an edit.
 */
export function gatherReportData(db: Db, workshopId: string): ReportData {
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
      agenda: readAgenda(db, workshopId),
      actionItems: readActionItems(db, workshopId),
      synergies: readSynergies(db, workshopId)
    }
  })()
}

// The agenda's times (two zones, daylight saving) are computed by the agenda area; the
// report asks it rather than repeating the arithmetic.
function readAgenda(db: Db, workshopId: string): Agenda | null {
  const agenda = buildAgenda(db, workshopId)
  return agenda.items.length > 0 ? agenda : null
}

function readActionItems(db: Db, workshopId: string): ReportActionItem[] | null {
  const items = listActionItems(db, { workshopId })
    .filter((a) => a.status !== 'dropped')
    .map((a) => ({
    text: a.text,
    owner: a.ownerName,
    due: a.dueDate,
    done: a.status === 'done',
    cityName: a.cityName
  }))
  return items.length > 0 ? items : null
}

function readSynergies(db: Db, workshopId: string): ReportSynergies | null {
  try {
    const found = synergiesForWorkshop(db, workshopId, { preferCrossGroup: true, limit: 12 })
    return found.cells.some((cell) => cell.count > 0) ? found : null
  } catch {
    return null
  }
}
