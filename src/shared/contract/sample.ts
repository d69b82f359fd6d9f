import { z } from 'zod'
import { id } from '../domain/common'
import { method } from './define'

/** What loading the sample workshop created, so the app can open it and tests can find it. */
export const sampleLoaded = z.object({
  workshopId: id,
  speakerId: id,
  /** The ten cities and regions, in the order they presented. */
  cityIds: z.array(id),
  /** The talk holding the 12 flagship actions, when the agenda exists; null otherwise. */
  talkId: id.nullable()
})

export const sampleMethods = {
  loadSampleWorkshop: method(z.object({}), sampleLoaded)
}

export type SampleLoaded = z.infer<typeof sampleLoaded>
