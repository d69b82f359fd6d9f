import type { Route } from '../store/navigation'
import { loadOnFirstUse } from '../components/loadOnFirstUse'
import { WorkshopList } from '../features/workshops/WorkshopList'

// The workshop list is the first screen, so it is in the main bundle; every other screen is
// its own chunk, loaded when first shown, so that start-up does not parse code it does not run.
const BackupsScreen = loadOnFirstUse(() => import('../features/backups/BackupsScreen').then((m) => m.BackupsScreen))
const CityList = loadOnFirstUse(() => import('../features/cities/CityList').then((m) => m.CityList))
const LiveScreen = loadOnFirstUse(() => import('../features/live/LiveScreen').then((m) => m.LiveScreen))
const SpeakerList = loadOnFirstUse(() => import('../features/speakers/SpeakerList').then((m) => m.SpeakerList))
const SynergiesScreen = loadOnFirstUse(() => import('../features/synergies/SynergiesScreen').then((m) => m.SynergiesScreen))
const WorkshopPage = loadOnFirstUse(() => import('../features/workshops/WorkshopPage').then((m) => m.WorkshopPage))
const ActionsScreen = loadOnFirstUse(() => import('../features/actions/ActionsScreen').then((m) => m.ActionsScreen))
const SearchScreen = loadOnFirstUse(() => import('../features/search/SearchScreen').then((m) => m.SearchScreen))

/** Which screen a route shows; feature areas add their screens here. */
export function Screen({ route }: { route: Route }) {
  if (route.section === 'other' && route.name === 'live' && route.id) return <LiveScreen key={route.id} workshopId={route.id} />
  if (route.section === 'other' && route.name === 'synergies') return <SynergiesScreen page={route.id} />
  if (route.section === 'other' && route.name === 'actions') return <ActionsScreen focus={route.id} />
  if (route.section === 'other' && route.name === 'search') return <SearchScreen />
  if (route.section === 'other' && route.name === 'backups') return <BackupsScreen />
  switch (route.section) {
    case 'workshop':
      return <WorkshopPage key={route.id} id={route.id} />
    case 'speakers':
      return <SpeakerList />
    case 'cities':
      return <CityList />
    default:
      return <WorkshopList />
  }
}
