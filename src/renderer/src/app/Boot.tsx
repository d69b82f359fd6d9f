import { Alert, Button, Center, Loader, Stack, Text, Title, useMantineColorScheme } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import i18n, { localeOf } from '../i18n'
import { api, ApiCallError, errorMessage, exposeWindowApiAfterPaint } from '../api/client'
import type { Language, Preferences } from '../../../shared/domain/preferences'
import { useAppStore } from '../store'
import { loadOnFirstUse } from '../components/loadOnFirstUse'
import { Layout } from './Layout'

// Only shown when the database cannot be opened: not worth parsing at every start.
const RecoveryScreen = loadOnFirstUse(() => import('../features/recovery/RecoveryScreen').then((m) => m.RecoveryScreen))

/** The interface language the system asks for: the first start's, and the recovery screen's. */
const systemLanguage = (): Language => (navigator.languages.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh' : 'en')

/**
 * What start-up asks the service for. The preferences and the first screen's data go out at
 * once (the preferences first: they are small, and the frame around the list needs them).
 */
function requests(): Promise<Preferences> {
  const preferences = api.getPreferences({ systemLanguage: systemLanguage() })
  if (useAppStore.getState().route.section === 'workshops') useAppStore.getState().workshopsPrefetched()
  return preferences
}

// Begun as the script loads, not after React's first render: the answers are on their way
// while React sets up. The first start() takes them; a retry asks again.
let early: Promise<Preferences> | undefined = requests()
// A failure is shown by start(), which awaits this promise: not an unhandled rejection meanwhile.
early.catch(() => undefined)

/**
 * Switches the interface language, and tells assistive technology which one the page is in.
 * The module's i18next instance, not useTranslation's: that one is a new wrapper after every
 * language change, and as an effect dependency it made the fallback below and the stored
 * language undo each other for ever.
 */
function speak(language: Language): void {
  void i18n.changeLanguage(language)
  document.documentElement.lang = localeOf(language)
}

type BootState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; message: string; code?: string }

/** Loads preferences before the first screen, and explains a database that cannot be opened. */
export function Boot() {
  const { t } = useTranslation()
  const [state, setState] = useState<BootState>({ status: 'loading' })
  const preferencesLoaded = useAppStore((s) => s.preferencesLoaded)
  const language = useAppStore((s) => s.preferences.language)
  const colorScheme = useAppStore((s) => s.preferences.colorScheme)
  const { setColorScheme } = useMantineColorScheme()

  const start = useCallback(async () => {
    setState({ status: 'loading' })
    const answers = early ?? requests()
    early = undefined
    try {
      const loaded = await answers
      preferencesLoaded(loaded)
      // After a restore from the recovery screen, which spoke the system's language.
      speak(loaded.language)
      setState({ status: 'ready' })
      exposeWindowApiAfterPaint()
    } catch (error) {
      // The chosen language is stored in the data file that could not be read: speak the
      // system's language instead (the recovery screen has both).
      speak(systemLanguage())
      setState({ status: 'failed', message: errorMessage(error), code: error instanceof ApiCallError ? error.code : undefined })
      exposeWindowApiAfterPaint()
    }
  }, [preferencesLoaded])

  useEffect(() => {
    void start()
  }, [start])

  useEffect(() => speak(language), [language])

  useEffect(() => setColorScheme(colorScheme), [colorScheme, setColorScheme])

  if (state.status === 'loading') {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    )
  }
  if (state.status === 'failed' && (state.code === 'db_unreadable' || state.code === 'db_newer_than_app')) {
    return <RecoveryScreen error={state} onRecovered={() => void start()} onRetry={() => void start()} />
  }
  if (state.status === 'failed') {
    return (
      <Center h="100vh" p="xl">
        <Stack maw={560}>
          <Title order={2}>{t('errors.dbTitle')}</Title>
          <Alert color="red" data-testid="boot-error" data-code={state.code}>
            <Text>{state.message}</Text>
          </Alert>
          <Button onClick={() => void start()} w="fit-content">
            {t('errors.retry')}
          </Button>
        </Stack>
      </Center>
    )
  }
  return <Layout />
}
