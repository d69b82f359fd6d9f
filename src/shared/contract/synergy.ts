import { z } from 'zod'
import { byId } from '../domain/common'
import { synergies, synergyQuery, theme, themeCreate, themeMerge, themeTag, themeTags, themeTagsQuery, themeUpdate } from '../domain/synergy'
import { method } from './define'

const ok = z.object({ ok: z.literal(true) })

export const themeMethods = {
  listThemes: method(z.object({}), z.array(theme)),
  createTheme: method(themeCreate, theme),
  updateTheme: method(themeUpdate, theme),
  deleteTheme: method(byId, z.object({ id: z.string() })),
  /** Every tag of the source moves to the target; returns the target. */
  mergeThemes: method(themeMerge, theme),
  tagTheme: method(themeTag, ok),
  untagTheme: method(themeTag, ok),
  listThemeTags: method(themeTagsQuery, themeTags)
}

export const synergyMethods = {
  /** `workshopId: null` looks across every workshop. */
  getSynergies: method(synergyQuery, synergies)
}
