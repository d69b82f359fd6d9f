import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { Boot } from './Boot'
import { cssVariablesResolver, theme } from './theme'

// The chosen scheme is also stored in the database; localStorage only avoids a flash at start.
const colorSchemeManager = localStorageColorSchemeManager({ key: 'roundtable-color-scheme' })

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <Notifications position="bottom-right" />
      <Boot />
    </MantineProvider>
  )
}
