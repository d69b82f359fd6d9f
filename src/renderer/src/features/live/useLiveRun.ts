import { notifications } from '@mantine/notifications'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Agenda, LiveState } from '../../../../shared/domain/agenda'
import type { WorkshopDetail } from '../../../../shared/domain/dossier'
import { api, errorMessage } from '../../api/client'
import { clockNow } from './clock'

/**
 * The workshop, its agenda and the live run, reloaded after every step. The service stores
 * each step at once, so closing the window or a crash mid-webinar loses nothing: opening live
 * mode again picks up where it was. It also polls, so a presenter window on a second screen
 * follows steps taken in the main window.
 */

const POLL_MS = 2000
export function useLiveRun(workshopId: string) {
  const { t } = useTranslation('live')
  const [data, setData] = useState<{ detail: WorkshopDetail; agenda: Agenda; state: LiveState } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Only the newest answer is shown: a slow poll must not undo a step that came back sooner.
  const latest = useRef(0)

  const reload = useCallback(async () => {
    const request = ++latest.current
    try {
      const [detail, agenda, state] = await Promise.all([
        api.getWorkshop({ id: workshopId }),
        api.getAgenda({ workshopId }),
        api.getLiveState({ workshopId })
      ])
      if (request !== latest.current) return
      setData({ detail, agenda, state })
      setError(null)
    } catch (e) {
      if (request === latest.current) setError(errorMessage(e))
    }
  }, [workshopId])

  useEffect(() => {
    void reload()
    const timer = setInterval(() => void reload(), POLL_MS)
    return () => clearInterval(timer)
  }, [reload])

  const step = useCallback(
    async (work: (at: string) => Promise<unknown>) => {
      if (busy) return
      setBusy(true)
      try {
        await work(new Date(clockNow()).toISOString())
      } catch (e) {
        notifications.show({ color: 'red', message: t('error', { message: errorMessage(e) }) })
      } finally {
        await reload()
        setBusy(false)
      }
    },
    [busy, reload, t]
  )

  const commands = {
    start: () => step((at) => api.startLiveRun({ workshopId, at })),
    advance: () => step((at) => api.advanceLiveRun({ workshopId, at })),
    back: () => step((at) => api.goBackLiveRun({ workshopId, at })),
    addFive: () => step(() => api.addLiveRunMinutes({ workshopId, minutes: 5 })),
    reset: () => step(() => api.resetLiveRun({ workshopId }))
  }
  return { data, error, busy, commands }
}
