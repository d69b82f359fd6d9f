import type { StateCreator } from 'zustand'
import type { WorkshopCreate, WorkshopSummary } from '../../../shared/domain/workshop'
import { api } from '../api/client'
import type { AppState } from './index'

export interface WorkshopsSlice {
  workshops: WorkshopSummary[]
  workshopsLoaded: boolean
  workshopsRequested: () => Promise<void>
  /** Starts loading the list before its screen mounts; the screen's next request takes that answer. */
  workshopsPrefetched: () => void
  workshopCreated: (input: WorkshopCreate) => Promise<string>
  workshopDeleted: (id: string) => Promise<void>
}

let prefetched: Promise<WorkshopSummary[]> | undefined

export const createWorkshopsSlice: StateCreator<AppState, [], [], WorkshopsSlice> = (set, get) => ({
  workshops: [],
  workshopsLoaded: false,
  workshopsRequested: async () => {
    const pending = prefetched
    prefetched = undefined
    const workshops = await (pending ?? api.listWorkshops({}))
    set({ workshops, workshopsLoaded: true })
  },
  workshopsPrefetched: () => {
    prefetched = api.listWorkshops({})
    // A failure is reported by the request that takes this answer, not here.
    prefetched.catch(() => undefined)
  },
  workshopCreated: async (input) => {
    const workshop = await api.createWorkshop(input)
    await get().workshopsRequested()
    return workshop.id
  },
  workshopDeleted: async (id) => {
    await api.deleteWorkshop({ id })
    set({ workshops: get().workshops.filter((w) => w.id !== id) })
  }
})
