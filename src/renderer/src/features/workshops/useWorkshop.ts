import { useCallback, useEffect, useState } from 'react'
import type { WorkshopDetail } from '../../../../shared/domain/dossier'
import { api, errorMessage } from '../../api/client'

/** Loads one workshop with its speakers and cities; `reload` after a change elsewhere. */
export function useWorkshop(id: string) {
  const [detail, setDetail] = useState<WorkshopDetail | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      setDetail(await api.getWorkshop({ id }))
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    }
  }, [id])

  useEffect(() => {
    void reload()
  }, [reload])

  return { detail, error, reload }
}
