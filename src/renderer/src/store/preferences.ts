import type { StateCreator } from 'zustand'
import type { Preferences } from '../../../shared/domain/preferences'
import { api } from '../api/client'
import type { AppState } from './index'

export interface PreferencesSlice {
  preferences: Preferences
  preferencesLoaded: (preferences: Preferences) => void
  preferencesChanged: (patch: Partial<Preferences>) => Promise<void>
}

export const createPreferencesSlice: StateCreator<AppState, [], [], PreferencesSlice> = (set) => ({
  preferences: { language: 'en', colorScheme: 'auto' },
  preferencesLoaded: (preferences) => set({ preferences }),
  preferencesChanged: async (patch) => {
    set((state) => ({ preferences: { ...state.preferences, ...patch } }))
    set({ preferences: await api.updatePreferences(patch) })
  }
})
