import { z } from 'zod'
import { byId } from '../domain/common'
import { caseStudy, caseStudyItem, caseStudyItemCreate, caseStudyItemUpdate, caseStudyReorder, caseStudySummaryUpdate, participation, speakerLink } from '../domain/caseStudy'
import { city, cityCreate, cityListFilter, cityUpdate } from '../domain/city'
import { cityDossier, speakerDetail, workshopDetail } from '../domain/dossier'
import { speaker, speakerCreate, speakerListFilter, speakerUpdate } from '../domain/speaker'
import { workshop, workshopCreate, workshopSummary, workshopUpdate } from '../domain/workshop'
import { searchFilter } from '../domain/common'
import { method } from './define'

const deleted = z.object({ id: z.string() })
const ok = z.object({ ok: z.literal(true) })

export const workshopMethods = {
  listWorkshops: method(searchFilter, z.array(workshopSummary)),
  getWorkshop: method(byId, workshopDetail),
  createWorkshop: method(workshopCreate, workshop),
  updateWorkshop: method(workshopUpdate, workshop),
  deleteWorkshop: method(byId, deleted),
  addWorkshopSpeaker: method(speakerLink, ok),
  removeWorkshopSpeaker: method(speakerLink, ok),
  reorderWorkshopSpeakers: method(z.object({ workshopId: byId.shape.id, ids: z.array(byId.shape.id).max(1000) }), ok),
  addWorkshopCity: method(participation, ok),
  removeWorkshopCity: method(participation, ok),
  reorderWorkshopCities: method(z.object({ workshopId: byId.shape.id, ids: z.array(byId.shape.id).max(1000) }), ok)
}

export const speakerMethods = {
  listSpeakers: method(speakerListFilter, z.array(speaker)),
  getSpeaker: method(byId, speakerDetail),
  createSpeaker: method(speakerCreate, speaker),
  updateSpeaker: method(speakerUpdate, speaker),
  deleteSpeaker: method(byId, deleted)
}

export const cityMethods = {
  listCities: method(cityListFilter, z.array(city)),
  getCity: method(byId, cityDossier),
  createCity: method(cityCreate, city),
  updateCity: method(cityUpdate, city),
  deleteCity: method(byId, deleted)
}

export const caseStudyMethods = {
  getCaseStudy: method(participation, caseStudy),
  updateCaseStudySummary: method(caseStudySummaryUpdate, caseStudy),
  createCaseStudyItem: method(caseStudyItemCreate, caseStudyItem),
  updateCaseStudyItem: method(caseStudyItemUpdate, caseStudyItem),
  deleteCaseStudyItem: method(byId, deleted),
  reorderCaseStudyItems: method(caseStudyReorder, ok)
}
