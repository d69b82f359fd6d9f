import { notifications } from '@mantine/notifications'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Agenda } from '../../../../shared/domain/agenda'
import { api, errorMessage } from '../../api/client'

/**
 * The workshop's agenda as the service computes it (times in both zones, totals). Every
 * change goes through `change`, which reloads afterwards so the times shown are always the
 * service's, and says so when a change could not be saved.
 */
export function useAgenda(workshopId: string) {
  const { t } = useTranslation('agenda')
  const [agenda, setAgenda] = useState<Agenda | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      setAgenda(await api.getAgenda({ workshopId }))
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    }
  }, [workshopId])

  useEffect(() => {
    void reload()
  }, [reload])

  const change = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await work()
      } catch (e) {
        notifications.show({ color: 'red', message: t('error', { message: errorMessage(e) }) })
        return undefined
      } finally {
        await reload()
      }
    },
    [reload, t]
  )

  return { agenda, setAgenda, error, reload, change }
}
