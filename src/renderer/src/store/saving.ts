import type { StateCreator } from 'zustand'
import type { AppState } from './index'

export type SaveState = 'idle' | 'saving' | 'saved' | 'error'

/** The one "Saved" indicator in the header, fed by every autosaving form. */
export interface SavingSlice {
  saveState: SaveState
  saveError: string | null
  saveStarted: () => void
  saveFinished: (error?: string) => void
}

export const createSavingSlice: StateCreator<AppState, [], [], SavingSlice> = (set) => ({
  saveState: 'idle',
  saveError: null,
  saveStarted: () => set({ saveState: 'saving', saveError: null }),
  saveFinished: (error) => set({ saveState: error ? 'error' : 'saved', saveError: error ?? null })
})
