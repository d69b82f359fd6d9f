import { create } from 'zustand'
import { createNavigationSlice, type NavigationSlice } from './navigation'
import { createPreferencesSlice, type PreferencesSlice } from './preferences'
import { createSavingSlice, type SavingSlice } from './saving'
import { createWorkshopsSlice, type WorkshopsSlice } from './workshops'
import { createSpeakersSlice, type SpeakersSlice } from './speakers'
import { createCitiesSlice, type CitiesSlice } from './cities'
import { createThemesSlice, type ThemesSlice } from './themes'
import { createSearchSlice, type SearchSlice } from './search'

/** The app's one store, built from slices; feature areas add theirs here. */
export type AppState = NavigationSlice & WorkshopsSlice & PreferencesSlice & SavingSlice & SpeakersSlice & CitiesSlice & ThemesSlice & SearchSlice

export const useAppStore = create<AppState>()((...a) => ({
  ...createNavigationSlice(...a),
  ...createWorkshopsSlice(...a),
  ...createPreferencesSlice(...a),
  ...createSavingSlice(...a),
  ...createSpeakersSlice(...a),
  ...createCitiesSlice(...a),
  ...createThemesSlice(...a),
  ...createSearchSlice(...a)
}))
