import { Group, SegmentedControl, Select, Text } from '@mantine/core'
import { IconCheck, IconLoader2, IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ColorScheme, Language } from '../../../shared/domain/preferences'
import { useAppStore } from '../store'
import { SearchBox } from '../features/search/SearchBox'
import { AppMenu } from './AppMenu'

// The lists of shared/domain/preferences, in the same order; not imported from there, as that
// module brings the schema library into the start-up bundle. `satisfies` keeps them complete.
const colorSchemes = Object.keys({ auto: 0, light: 0, dark: 0 } satisfies Record<ColorScheme, 0>) as ColorScheme[]
const languages = Object.keys({ en: 0, zh: 0 } satisfies Record<Language, 0>) as Language[]

function SaveIndicator() {
  const { t } = useTranslation()
  const saveState = useAppStore((s) => s.saveState)
  const saveError = useAppStore((s) => s.saveError)
  if (saveState === 'idle') return null
  const icon = saveState === 'saving' ? <IconLoader2 size={16} /> : saveState === 'saved' ? <IconCheck size={16} /> : <IconAlertTriangle size={16} />
  return (
    <Group gap={4} c={saveState === 'error' ? 'red' : 'dimmed'} role="status" aria-live="polite" data-testid="save-state" data-state={saveState}>
      {icon}
      <Text size="sm">{saveState === 'error' ? t('save.error', { message: saveError }) : t(`save.${saveState}`)}</Text>
    </Group>
  )
}

export function HeaderTools() {
  const { t } = useTranslation()
  const preferences = useAppStore((s) => s.preferences)
  const preferencesChanged = useAppStore((s) => s.preferencesChanged)
  return (
    <Group gap="md">
      <SearchBox />
      <SaveIndicator />
      <SegmentedControl
        size="xs"
        aria-label={t('theme.label')}
        value={preferences.colorScheme}
        onChange={(value) => void preferencesChanged({ colorScheme: value as ColorScheme })}
        data={colorSchemes.map((scheme) => ({ value: scheme, label: t(`theme.${scheme}`) }))}
      />
      <Select
        size="xs"
        w={110}
        aria-label={t('language')}
        allowDeselect={false}
        value={preferences.language}
        onChange={(value) => value && void preferencesChanged({ language: value as Language })}
        data={languages.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
      />
      <AppMenu />
    </Group>
  )
}
