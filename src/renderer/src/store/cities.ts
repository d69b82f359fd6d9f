import type { StateCreator } from 'zustand'
import type { City, CityGroup } from '../../../shared/domain/city'
import type { MethodInput } from '../../../shared/contract'
import { api } from '../api/client'
import type { AppState } from './index'

export interface CityFilter {
  query: string
  group: CityGroup | null
}

/** The cities-and-regions list with its search and group filter. */
export interface CitiesSlice {
  cities: City[]
  citiesLoaded: boolean
  cityFilter: CityFilter
  citiesRequested: (filter?: Partial<CityFilter>) => Promise<void>
  cityCreated: (input: MethodInput<'createCity'>) => Promise<City>
  citySaved: (input: MethodInput<'updateCity'>) => Promise<City>
  cityHidden: (id: string) => void
  cityDeleted: (id: string) => Promise<void>
}

export const createCitiesSlice: StateCreator<AppState, [], [], CitiesSlice> = (set, get) => ({
  cities: [],
  citiesLoaded: false,
  cityFilter: { query: '', group: null },
  citiesRequested: async (patch = {}) => {
    const filter = { ...get().cityFilter, ...patch }
    set({ cityFilter: filter })
    const cities = await api.listCities({ query: filter.query.trim() || undefined, group: filter.group ?? undefined })
    // Only the answer to the latest filter is shown.
    if (get().cityFilter === filter) set({ cities, citiesLoaded: true })
  },
  cityCreated: async (input) => {
    const city = await api.createCity(input)
    // Filters that would hide the new city are cleared: what was just made must show.
    await get().citiesRequested({ query: '', group: null })
    return city
  },
  citySaved: async (input) => {
    const city = await api.updateCity(input)
    set({ cities: get().cities.map((c) => (c.id === city.id ? city : c)) })
    return city
  },
  cityHidden: (id) => set({ cities: get().cities.filter((c) => c.id !== id) }),
  cityDeleted: async (id) => {
    await api.deleteCity({ id })
    set({ cities: get().cities.filter((c) => c.id !== id) })
  }
})
