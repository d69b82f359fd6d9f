import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconTags } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../store'
import { SynergiesView } from './SynergiesView'
import { ThemesScreen } from './ThemesScreen'

/** #/synergies: the cross-workshop view; #/synergies/themes: the themes it is built on. */
export function SynergiesScreen({ page }: { page?: string }) {
  const { t } = useTranslation('synergies')
  const navigated = useAppStore((s) => s.navigated)
  if (page === 'themes') return <ThemesScreen />
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed">{t('subtitle')}</Text>
        </div>
        <Button variant="light" leftSection={<IconTags size={16} />} onClick={() => navigated({ section: 'other', name: 'synergies', id: 'themes' })}>
          {t('manageThemes')}
        </Button>
      </Group>
      <SynergiesView workshopId={null} />
    </Stack>
  )
}
