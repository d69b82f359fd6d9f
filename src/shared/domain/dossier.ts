import { z } from 'zod'
import { caseStudy } from './caseStudy'
import { city } from './city'
import { speaker } from './speaker'
import { workshop, workshopSummary } from './workshop'

/** A workshop with everyone and everywhere taking part, in the order the facilitator set. */
export const workshopDetail = z.object({
  workshop,
  speakers: z.array(speaker),
  cities: z.array(city.extend({ summary: z.string(), itemCount: z.number().int() }))
})

/** A speaker and the workshops they spoke at, newest first. */
export const speakerDetail = z.object({
  speaker,
  city: city.nullable(),
  workshops: z.array(workshopSummary)
})

/** A city's dossier: its case study in every workshop it took part in, newest first. */
export const cityDossier = z.object({
  city,
  history: z.array(z.object({ workshop: workshopSummary, caseStudy })),
  speakers: z.array(speaker)
})

export type WorkshopDetail = z.infer<typeof workshopDetail>
export type SpeakerDetail = z.infer<typeof speakerDetail>
export type CityDossier = z.infer<typeof cityDossier>
