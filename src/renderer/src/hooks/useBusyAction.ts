import { useCallback, useState } from 'react'
import { errorMessage } from '../api/client'

/** Runs one step at a time (buttons show `busy`) and keeps its failure as a message to show. */
export function useBusyAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const act = useCallback(async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }, [])
  return { busy, error, setError, act }
}
