import type { StateCreator } from 'zustand'
import type { Speaker } from '../../../shared/domain/speaker'
import type { MethodInput } from '../../../shared/contract'
import { api } from '../api/client'
import type { AppState } from './index'

/** The speakers list with its search; detail screens load their own speaker. */
export interface SpeakersSlice {
  speakers: Speaker[]
  speakersLoaded: boolean
  speakerQuery: string
  speakersRequested: (query?: string) => Promise<void>
  speakerCreated: (input: MethodInput<'createSpeaker'>) => Promise<Speaker>
  speakerSaved: (input: MethodInput<'updateSpeaker'>) => Promise<Speaker>
  /** Hidden from the list now; the undo toast decides whether it is really deleted. */
  speakerHidden: (id: string) => void
  speakerDeleted: (id: string) => Promise<void>
}

export const createSpeakersSlice: StateCreator<AppState, [], [], SpeakersSlice> = (set, get) => ({
  speakers: [],
  speakersLoaded: false,
  speakerQuery: '',
  speakersRequested: async (query = get().speakerQuery) => {
    set({ speakerQuery: query })
    const speakers = await api.listSpeakers({ query: query.trim() || undefined })
    // A slower answer to an older query must not overwrite the newer one.
    if (get().speakerQuery === query) set({ speakers, speakersLoaded: true })
  },
  speakerCreated: async (input) => {
    const speaker = await api.createSpeaker(input)
    // A search that would hide the new speaker is cleared: what was just made must show.
    await get().speakersRequested('')
    return speaker
  },
  speakerSaved: async (input) => {
    const speaker = await api.updateSpeaker(input)
    set({ speakers: get().speakers.map((s) => (s.id === speaker.id ? speaker : s)) })
    return speaker
  },
  speakerHidden: (id) => set({ speakers: get().speakers.filter((s) => s.id !== id) }),
  speakerDeleted: async (id) => {
    await api.deleteSpeaker({ id })
    set({ speakers: get().speakers.filter((s) => s.id !== id) })
  }
})
