import type { StateCreator } from 'zustand'
import type { WorkshopCreate, WorkshopSummary } from '../../../shared/domain/workshop'
import { api } from '../api/client'
import type { AppState } from './index'

export interface WorkshopsSlice {
  workshops: WorkshopSummary[]
  workshopsLoaded: boolean
  workshopsRequested: () => Promise<void>
  workshopCreated: (input: WorkshopCreate) => Promise<string>
  workshopDeleted: (id: string) => Promise<void>
}

export const createWorkshopsSlice: StateCreator<AppState, [], [], WorkshopsSlice> = (set, get) => ({
  workshops: [],
  workshopsLoaded: false,
  workshopsRequested: async () => {
    const workshops = await api.listWorkshops({})
    set({ workshops, workshopsLoaded: true })
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
