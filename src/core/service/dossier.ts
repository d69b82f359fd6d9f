import type { Handlers } from '../../shared/contract'
import * as caseStudies from '../db/caseStudies'
import * as cities from '../db/cities'
import * as participation from '../db/participation'
import * as speakers from '../db/speakers'
import * as workshops from '../db/workshops'
import type { ServiceContext } from './context'

const ok = { ok: true } as const

export const workshopHandlers = ({ db }: ServiceContext) =>
  ({
    listWorkshops: ({ query }) => workshops.listWorkshops(db, query),
    getWorkshop: ({ id }) => ({
      workshop: workshops.getWorkshop(db, id),
      speakers: speakers.speakersOfWorkshop(db, id),
      cities: participation.citiesOfWorkshop(db, id)
    }),
    createWorkshop: (input) => workshops.insertWorkshop(db, input),
    updateWorkshop: ({ id, ...patch }) => workshops.updateWorkshop(db, id, patch),
    deleteWorkshop: ({ id }) => (workshops.deleteWorkshop(db, id), { id }),
    addWorkshopSpeaker: ({ workshopId, speakerId }) => (participation.addWorkshopSpeaker(db, workshopId, speakerId), ok),
    removeWorkshopSpeaker: ({ workshopId, speakerId }) => (participation.removeWorkshopSpeaker(db, workshopId, speakerId), ok),
    reorderWorkshopSpeakers: ({ workshopId, ids }) => (participation.reorderWorkshopSpeakers(db, workshopId, ids), ok),
    addWorkshopCity: ({ workshopId, cityId }) => (participation.addWorkshopCity(db, workshopId, cityId), ok),
    removeWorkshopCity: ({ workshopId, cityId }) => (participation.removeWorkshopCity(db, workshopId, cityId), ok),
    reorderWorkshopCities: ({ workshopId, ids }) => (participation.reorderWorkshopCities(db, workshopId, ids), ok)
  }) satisfies Partial<Handlers>

export const speakerHandlers = ({ db }: ServiceContext) =>
  ({
    listSpeakers: (filter) => speakers.listSpeakers(db, filter),
    getSpeaker: ({ id }) => {
      const speaker = speakers.getSpeaker(db, id)
      return {
        speaker,
        city: speaker.cityId ? cities.getCity(db, speaker.cityId) : null,
        workshops: workshops.workshopSummariesFor(db, 'w.id IN (SELECT workshop_id FROM workshop_speakers WHERE speaker_id = ?)', id)
      }
    },
    createSpeaker: (input) => {
      if (input.cityId) cities.getCity(db, input.cityId)
      return speakers.insertSpeaker(db, input)
    },
    updateSpeaker: ({ id, ...patch }) => {
      if (patch.cityId) cities.getCity(db, patch.cityId)
      return speakers.updateSpeaker(db, id, patch)
    },
    deleteSpeaker: ({ id }) => (speakers.deleteSpeaker(db, id), { id })
  }) satisfies Partial<Handlers>

export const cityHandlers = ({ db }: ServiceContext) =>
  ({
    listCities: (filter) => cities.listCities(db, filter),
    getCity: ({ id }) => ({
      city: cities.getCity(db, id),
      history: workshops
        .workshopSummariesFor(db, 'w.id IN (SELECT workshop_id FROM workshop_cities WHERE city_id = ?)', id)
        .map((workshop) => ({ workshop, caseStudy: caseStudies.getCaseStudy(db, workshop.id, id) })),
      speakers: speakers.listSpeakers(db, { cityId: id })
    }),
    createCity: (input) => cities.insertCity(db, input),
    updateCity: ({ id, ...patch }) => cities.updateCity(db, id, patch),
    deleteCity: ({ id }) => (cities.deleteCity(db, id), { id })
  }) satisfies Partial<Handlers>

export const caseStudyHandlers = ({ db }: ServiceContext) =>
  ({
    getCaseStudy: ({ workshopId, cityId }) => caseStudies.getCaseStudy(db, workshopId, cityId),
    updateCaseStudySummary: ({ workshopId, cityId, summary }) => caseStudies.updateCaseStudySummary(db, workshopId, cityId, summary),
    createCaseStudyItem: (input) => {
      if (input.speakerId) speakers.getSpeaker(db, input.speakerId)
      return caseStudies.insertCaseStudyItem(db, input)
    },
    updateCaseStudyItem: ({ id, ...patch }) => {
      if (patch.speakerId) speakers.getSpeaker(db, patch.speakerId)
      return caseStudies.updateCaseStudyItem(db, id, patch)
    },
    deleteCaseStudyItem: ({ id }) => (caseStudies.deleteCaseStudyItem(db, id), { id }),
    reorderCaseStudyItems: ({ workshopId, cityId, kind, ids }) => (caseStudies.reorderCaseStudyItems(db, workshopId, cityId, kind, ids), ok)
  }) satisfies Partial<Handlers>
