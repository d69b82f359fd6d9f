import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiCallError, errorMessage } from '../api/client'
import { useAppStore } from '../store'
import { validationMessage } from '../components/validationMessage'

export type FieldErrors = Record<string, string>

/**
 * Saves a form's changes a moment after typing stops, and at once when the page goes away,
 * so there is no Save button to forget. Validation errors come back per field.
 */
export function useAutosave<T extends object>(save: (patch: Partial<T>) => Promise<unknown>, delay = 500) {
  const saveStarted = useAppStore((s) => s.saveStarted)
  const saveFinished = useAppStore((s) => s.saveFinished)
  const pending = useRef<Partial<T>>({})
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const saveRef = useRef(save)
  saveRef.current = save

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const patch = pending.current
    if (Object.keys(patch).length === 0) return
    pending.current = {}
    saveStarted()
    try {
      await saveRef.current(patch)
      setErrors((current) => {
        const next = { ...current }
        for (const key of Object.keys(patch)) delete next[key]
        return next
      })
      saveFinished()
    } catch (error) {
      if (error instanceof ApiCallError && error.error.issues) {
        setErrors((current) => ({
          ...current,
          ...Object.fromEntries(error.error.issues!.map((issue) => [issue.path.split('.')[0] ?? '', validationMessage(issue.message)]))
        }))
      }
      saveFinished(errorMessage(error))
    }
  }, [saveStarted, saveFinished])

  const changed = useCallback(
    (patch: Partial<T>) => {
      pending.current = { ...pending.current, ...patch }
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), delay)
    },
    [delay, flush]
  )

  useEffect(() => {
    const onLeave = () => void flush()
    window.addEventListener('beforeunload', onLeave)
    return () => {
      window.removeEventListener('beforeunload', onLeave)
      void flush()
    }
  }, [flush])

  return { changed, flush, errors }
}
