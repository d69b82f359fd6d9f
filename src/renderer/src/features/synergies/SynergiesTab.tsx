import type { WorkshopTabProps } from '../workshops/tabs'
import { SynergiesView } from './SynergiesView'

/** The workshop page's Synergies tab: the cities of this workshop only. */
export function SynergiesTab({ detail }: WorkshopTabProps) {
  return <SynergiesView workshopId={detail.workshop.id} />
}
