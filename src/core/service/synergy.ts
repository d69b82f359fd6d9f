import type { Handlers } from '../../shared/contract'
import * as themes from '../db/themes'
import { synergiesAcrossWorkshops, synergiesForWorkshop } from '../synergy'
import type { ServiceContext } from './context'

const ok = { ok: true } as const

export const themeHandlers = ({ db }: ServiceContext) =>
  ({
    listThemes: () => themes.listThemes(db),
    createTheme: (input) => themes.insertTheme(db, input),
    updateTheme: ({ id, ...patch }) => themes.updateTheme(db, id, patch),
    deleteTheme: ({ id }) => (themes.deleteTheme(db, id), { id }),
    mergeThemes: ({ sourceId, targetId }) => themes.mergeThemes(db, sourceId, targetId),
    tagTheme: ({ target, targetId, themeId }) => (themes.tag(db, target, targetId, themeId), ok),
    untagTheme: ({ target, targetId, themeId }) => (themes.untag(db, target, targetId, themeId), ok),
    listThemeTags: ({ workshopId }) => themes.tagsOfWorkshop(db, workshopId)
  }) satisfies Partial<Handlers>

export const synergyHandlers = ({ db }: ServiceContext) =>
  ({
    getSynergies: ({ workshopId, ...options }) =>
      workshopId ? synergiesForWorkshop(db, workshopId, options) : synergiesAcrossWorkshops(db, options)
  }) satisfies Partial<Handlers>
