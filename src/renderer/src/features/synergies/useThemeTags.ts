import { useEffect } from 'react'
import { useAppStore } from '../../store'

// Workshops whose tags are already in the store: every tagger of a workshop shares one request.
const requested = new Set<string>()

/** Loads the themes, and the tags of one workshop's practices and cooperation areas, once. */
export function useThemeTags(workshopId: string | undefined): void {
  const themesLoaded = useAppStore((s) => s.themesLoaded)
  const themesRequested = useAppStore((s) => s.themesRequested)
  const themeTagsRequested = useAppStore((s) => s.themeTagsRequested)
  useEffect(() => {
    if (!themesLoaded) void themesRequested()
  }, [themesLoaded, themesRequested])
  useEffect(() => {
    if (!workshopId || requested.has(workshopId)) return
    requested.add(workshopId)
    themeTagsRequested(workshopId).catch(() => requested.delete(workshopId))
  }, [workshopId, themeTagsRequested])
}
