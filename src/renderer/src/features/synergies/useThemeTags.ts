import { useEffect } from 'react'
import { useAppStore } from '../../store'

// Every tagger of a list mounts at once: they share one request per kind while it runs.
// Requests are not cached beyond that, so a restore or an import is seen on the next visit.
const inFlight = new Map<string, Promise<void>>()

function once(key: string, request: () => Promise<void>): void {
  if (inFlight.has(key)) return
  const running = request()
    .catch(() => undefined)
    .finally(() => inFlight.delete(key))
  inFlight.set(key, running)
}

/** Loads the themes, and the tags of one workshop's practices, cooperation areas and notes. */
export function useThemeTags(workshopId: string | undefined): void {
  const themesRequested = useAppStore((s) => s.themesRequested)
  const themeTagsRequested = useAppStore((s) => s.themeTagsRequested)
  useEffect(() => {
    once('themes', themesRequested)
    if (workshopId) once(`tags ${workshopId}`, () => themeTagsRequested(workshopId))
  }, [workshopId, themesRequested, themeTagsRequested])
}
