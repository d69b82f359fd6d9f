import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReportSettings } from '../../../../shared/contract/report'
import { api, errorMessage } from '../../api/client'

/** The composer's settings for one workshop: loaded once, saved shortly after each change. */
export function useReportSettings(workshopId: string) {
  const [settings, setSettings] = useState<ReportSettings | null>(null)
  const [error, setError] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => {
    let current = true
    api
      .getReportSettings({ workshopId })
      .then((loaded) => current && setSettings(loaded))
      .catch((e: unknown) => current && setError(errorMessage(e)))
    return () => {
      current = false
    }
  }, [workshopId])

  const change = useCallback(
    (patch: Partial<ReportSettings>) => {
      setSettings((old) => {
        if (!old) return old
        const next = { ...old, ...patch }
        // Typing a title should not write on every key: save once the person pauses.
        clearTimeout(timer.current)
        timer.current = setTimeout(() => {
          api.saveReportSettings({ workshopId, ...next }).catch((e: unknown) => setError(errorMessage(e)))
        }, 400)
        return next
      })
    },
    [workshopId]
  )

  useEffect(() => () => clearTimeout(timer.current), [])
  return { settings, change, error }
}
