import { useEffect, useState } from 'react'
import type { ScheduledItem } from '../../../../shared/domain/agenda'
import type { WorkshopDetail } from '../../../../shared/domain/dossier'
import { api } from '../../api/client'

export interface LiveLink {
  agendaItemId: string | null
  speakerId: string | null
  cityId: string | null
  title: string | null
}

const unlinked: LiveLink = { agendaItemId: null, speakerId: null, cityId: null, title: null }
const POLL_MS = 3000

/**
 * What a new note links to: the agenda item live mode is running (read from the saved live
 * state, so it follows a run driven from another window), its first speaker, and its city,
 * else the speaker's city when that city takes part. No live run, or no agenda: unlinked.
 */
export function useLiveLink(detail: WorkshopDetail, items: ScheduledItem[]): LiveLink {
  const workshopId = detail.workshop.id
  const [currentId, setCurrentId] = useState<string | null>(null)

  useEffect(() => {
    let stopped = false
    const read = () =>
      api
        .getLiveState({ workshopId })
        .then((state) => !stopped && setCurrentId(state.status === 'running' ? state.currentItemId : null))
        .catch(() => !stopped && setCurrentId(null))
    void read()
    const timer = window.setInterval(() => void read(), POLL_MS)
    window.addEventListener('focus', read)
    return () => {
      stopped = true
      window.clearInterval(timer)
      window.removeEventListener('focus', read)
    }
  }, [workshopId])

  const item = items.find((i) => i.id === currentId)
  if (!item) return unlinked
  const speakerId = item.speakerIds[0] ?? null
  const speakerCity = detail.speakers.find((s) => s.id === speakerId)?.cityId ?? null
  const cityId = item.cityId ?? (detail.cities.some((c) => c.id === speakerCity) ? speakerCity : null)
  return { agendaItemId: item.id, speakerId, cityId, title: item.title }
}
