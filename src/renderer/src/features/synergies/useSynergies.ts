import { useEffect, useState } from 'react'
import type { CityGroup } from '../../../../shared/domain/city'
import type { Synergies } from '../../../../shared/domain/synergy'
import { api, errorMessage } from '../../api/client'

/** The matrix and pairings for a workshop (or all, with null), recomputed when a filter changes. */
export function useSynergies(workshopId: string | null, group: CityGroup | null, preferCrossGroup: boolean) {
  const [data, setData] = useState<Synergies | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    api
      .getSynergies({ workshopId, group: group ?? undefined, preferCrossGroup, limit: 20 })
      .then((result) => current && (setData(result), setError(null)))
      .catch((e: unknown) => current && setError(errorMessage(e)))
    // Only the answer to the latest filter is shown.
    return () => {
      current = false
    }
  }, [workshopId, group, preferCrossGroup])
  return { data, error }
}
