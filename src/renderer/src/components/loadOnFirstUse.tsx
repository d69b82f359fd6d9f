import { Center, Loader } from '@mantine/core'
import { useEffect, useState, type ComponentType, type JSX } from 'react'

/**
 * A component whose code is its own chunk, fetched the first time it is shown, so start-up
 * does not download and parse screens it does not show. Until the chunk is there it shows a
 * loader. Not React.lazy: Suspense unmounts the screen it replaces only once the new one has
 * loaded (a command could still reach the old one meanwhile), and it reveals the loaded
 * screen on a timer, which a page under a paused test clock never fires.
 */
export function loadOnFirstUse<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => JSX.Element {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<ComponentType<P>> | undefined
  return function LoadOnFirstUse(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded)
    useEffect(() => {
      if (Component) return
      let cancelled = false
      loading ??= load().then((component) => (loaded = component))
      void loading.then((component) => !cancelled && setComponent(() => component))
      return () => {
        cancelled = true
      }
    }, [Component])
    if (!Component) {
      return (
        <Center py="xl" data-testid="screen-loading">
          <Loader />
        </Center>
      )
    }
    return <Component {...props} />
  }
}
