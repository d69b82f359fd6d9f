import { useEffect } from 'react'
import type { Route } from '../store/navigation'
import { useAppStore } from '../store'

/**
 * Alt+1, Alt+2… switch to the sections in navigation order (Workshops, Speakers, Cities…).
 * Matched on the physical key (`code`) so that macOS's Option characters (¡, ™) still work.
 */
export function useSectionHotkeys(routes: Route[]): void {
  const navigated = useAppStore((s) => s.navigated)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1]
      const route = digit ? routes[Number(digit) - 1] : undefined
      if (!route) return
      event.preventDefault()
      navigated(route)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [routes, navigated])
}
