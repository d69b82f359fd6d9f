import { useEffect, useState } from 'react'

/**
 * Live mode's one clock. Everything it shows and every time it records (sent to the service
 * as `at`) reads this, so a test that controls the page's clock (Playwright's page.clock)
 * controls live mode completely.
 */
export const clockNow = (): number => Date.now()

/** The current time, refreshed every second while the component is shown. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(clockNow)
  useEffect(() => {
    const timer = setInterval(() => setNow(clockNow()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
