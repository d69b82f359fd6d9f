import { api } from '../../api/client'
import { useAppStore } from '../../store'

/**
 * After a restore or an import every list the app holds may be stale. Each slice marks what it
 * loaded with an `…Loaded` flag: clearing them all makes every screen fetch again, including
 * slices added after this was written.
 */
export async function dataReplaced(): Promise<void> {
  const state = useAppStore.getState() as unknown as Record<string, unknown>
  const stale = Object.fromEntries(Object.keys(state).filter((k) => k.endsWith('Loaded') && typeof state[k] === 'boolean').map((k) => [k, false]))
  useAppStore.setState(stale)
  useAppStore.getState().preferencesLoaded(await api.getPreferences({}))
  await useAppStore.getState().workshopsRequested()
}
