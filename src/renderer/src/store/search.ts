import type { StateCreator } from 'zustand'
import type { AppState } from './index'

/** What the header's search box last asked for; the results screen reads it. */
export interface SearchSlice {
  searchQuery: string
  searched: (query: string) => void
}

export const createSearchSlice: StateCreator<AppState, [], [], SearchSlice> = (set, get) => ({
  searchQuery: '',
  searched: (query) => {
    set({ searchQuery: query })
    get().navigated({ section: 'other', name: 'search' })
  }
})
