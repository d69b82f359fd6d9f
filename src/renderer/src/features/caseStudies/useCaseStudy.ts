import { useCallback, useEffect, useState } from 'react'
import type { CaseStudy } from '../../../../shared/domain/caseStudy'
import { api, errorMessage } from '../../api/client'

/** One city's case study in one workshop; `reload` after adding, removing or reordering entries. */
export function useCaseStudy(workshopId: string, cityId: string) {
  const [caseStudy, setCaseStudy] = useState<CaseStudy | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      setCaseStudy(await api.getCaseStudy({ workshopId, cityId }))
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    }
  }, [workshopId, cityId])

  useEffect(() => {
    void reload()
  }, [reload])

  return { caseStudy, error, reload }
}
