import type { Synergies, SynergyOptions } from '../../shared/domain/synergy'
import type { Db } from '../db/connection'
import { mustExist } from '../db/rows'
import { loadEvidence, loadScopeCities, loadScopeThemes } from './load'
import { scoreSynergies } from './score'

export { scoreSynergies, themeWeight, isCrossGroup } from './score'

/**
 * The cities × themes matrix and the ranked city pairs of one workshop: every city taking
 * part, and the themes on their practices, cooperation areas and notes in that workshop.
 */
export function synergiesForWorkshop(db: Db, workshopId: string, options: SynergyOptions = {}): Synergies {
  mustExist(db, 'workshops', workshopId, 'workshop')
  return scoreSynergies(
    { workshopId, cities: loadScopeCities(db, workshopId), themes: loadScopeThemes(db), evidence: loadEvidence(db, workshopId) },
    options
  )
}

/** The same across every workshop: each city's dossier over time, all its tagged items together. */
export function synergiesAcrossWorkshops(db: Db, options: SynergyOptions = {}): Synergies {
  return scoreSynergies(
    { workshopId: null, cities: loadScopeCities(db, null), themes: loadScopeThemes(db), evidence: loadEvidence(db, null) },
    options
  )
}
