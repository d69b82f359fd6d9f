import type { StateCreator } from 'zustand'
import type { AppState } from './index'

/** Where the facilitator is. Mirrored in the address's #hash so reload and Back work. */
export type Route =
  | { section: 'workshops' }
  | { section: 'workshop'; id: string; tab?: string; focus?: string }
  | { section: 'speakers'; id?: string }
  | { section: 'cities'; id?: string }
  | { section: 'other'; name: string; id?: string }

export interface NavigationSlice {
  route: Route
  navigated: (route: Route) => void
}

export const routeToHash = (route: Route): string => {
  switch (route.section) {
    case 'workshop':
      return `#/workshops/${route.id}${route.tab ? `/${route.tab}` : ''}${route.focus ? `?focus=${encodeURIComponent(route.focus)}` : ''}`
    case 'speakers':
    case 'cities':
      return `#/${route.section}${route.id ? `/${route.id}` : ''}`
    case 'other':
      return `#/${route.name}${route.id ? `/${route.id}` : ''}`
    default:
      return '#/workshops'
  }
}

export const hashToRoute = (hash: string): Route => {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?')
  const [section, id, tab] = path.split('/').map((p) => decodeURIComponent(p))
  const focus = new URLSearchParams(query).get('focus') ?? undefined
  if (section === 'workshops' && id) return { section: 'workshop', id, tab, focus }
  if (section === 'speakers' || section === 'cities') return { section, id: id || undefined }
  if (section && section !== 'workshops') return { section: 'other', name: section, id: id || undefined }
  return { section: 'workshops' }
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  route: typeof window === 'undefined' ? { section: 'workshops' } : hashToRoute(window.location.hash),
  navigated: (route) => {
    if (typeof window !== 'undefined' && window.location.hash !== routeToHash(route)) window.location.hash = routeToHash(route)
    set({ route })
  }
})
