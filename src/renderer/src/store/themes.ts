import type { StateCreator } from 'zustand'
import type { MethodInput } from '../../../shared/contract'
import type { TaggableKind, Theme } from '../../../shared/domain/synergy'
import { api } from '../api/client'
import type { AppState } from './index'

/** The cooperation themes, and the themes on the practices, cooperation areas and notes seen so far. */
export interface ThemesSlice {
  themes: Theme[]
  themesLoaded: boolean
  /** Theme ids per tagged practice, cooperation area or note id, for the workshop last loaded. */
  themeTags: Record<string, string[]>
  themesRequested: () => Promise<void>
  themeTagsRequested: (workshopId: string) => Promise<void>
  themeTagged: (target: TaggableKind, targetId: string, themeId: string) => Promise<void>
  themeUntagged: (target: TaggableKind, targetId: string, themeId: string) => Promise<void>
  themeCreated: (input: MethodInput<'createTheme'>) => Promise<Theme>
  themeSaved: (input: MethodInput<'updateTheme'>) => Promise<Theme>
  themeDeleted: (id: string) => Promise<void>
  themesMerged: (sourceId: string, targetId: string) => Promise<void>
}

export const createThemesSlice: StateCreator<AppState, [], [], ThemesSlice> = (set, get) => ({
  themes: [],
  themesLoaded: false,
  themeTags: {},
  themesRequested: async () => set({ themes: await api.listThemes({}), themesLoaded: true }),
  themeTagsRequested: async (workshopId) => {
    const tags = await api.listThemeTags({ workshopId })
    // The answer covers the whole workshop, and only one workshop's items are on screen at a
    // time: replacing the map also forgets tags removed elsewhere (a restore, an import).
    set({ themeTags: Object.fromEntries(tags.map((t) => [t.targetId, t.themeIds])) })
  },
  themeTagged: async (target, targetId, themeId) => {
    // Shown at once; a failed save puts the list back as it was.
    const before = get().themeTags[targetId] ?? []
    set({ themeTags: { ...get().themeTags, [targetId]: [...before.filter((id) => id !== themeId), themeId] } })
    try {
      await api.tagTheme({ target, targetId, themeId })
    } catch (error) {
      set({ themeTags: { ...get().themeTags, [targetId]: before } })
      throw error
    }
  },
  themeUntagged: async (target, targetId, themeId) => {
    const before = get().themeTags[targetId] ?? []
    set({ themeTags: { ...get().themeTags, [targetId]: before.filter((id) => id !== themeId) } })
    try {
      await api.untagTheme({ target, targetId, themeId })
    } catch (error) {
      set({ themeTags: { ...get().themeTags, [targetId]: before } })
      throw error
    }
  },
  themeCreated: async (input) => {
    const theme = await api.createTheme(input)
    await get().themesRequested()
    return theme
  },
  themeSaved: async (input) => {
    const theme = await api.updateTheme(input)
    set({ themes: get().themes.map((t) => (t.id === theme.id ? theme : t)) })
    return theme
  },
  themeDeleted: async (id) => {
    await api.deleteTheme({ id })
    const themeTags = Object.fromEntries(Object.entries(get().themeTags).map(([k, ids]) => [k, ids.filter((t) => t !== id)]))
    set({ themes: get().themes.filter((t) => t.id !== id), themeTags })
  },
  themesMerged: async (sourceId, targetId) => {
    await api.mergeThemes({ sourceId, targetId })
    const follow = (ids: string[]) => [...new Set(ids.map((t) => (t === sourceId ? targetId : t)))]
    set({ themeTags: Object.fromEntries(Object.entries(get().themeTags).map(([k, ids]) => [k, follow(ids)])) })
    await get().themesRequested()
  }
})
