import type { Route } from '../store/navigation'
import { BackupsScreen } from '../features/backups/BackupsScreen'
import { CityList } from '../features/cities/CityList'
import { LiveScreen } from '../features/live/LiveScreen'
import { SpeakerList } from '../features/speakers/SpeakerList'
import { SynergiesScreen } from '../features/synergies/SynergiesScreen'
import { WorkshopList } from '../features/workshops/WorkshopList'
import { WorkshopPage } from '../features/workshops/WorkshopPage'
import { ActionsScreen } from '../features/actions/ActionsScreen'
import { SearchScreen } from '../features/search/SearchScreen'

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
