import { Button, Group, Loader, Stack, Title } from '@mantine/core'
import { IconFlask, IconPlus } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { withoutPendingDeletes } from '../../components/undoableDelete'
import { useAppStore } from '../../store'
import { EmptyState } from '../../components/EmptyState'
import { NewWorkshopModal } from './NewWorkshopModal'
import { WorkshopGrid } from './WorkshopGrid'
import { useLoadSample } from './useLoadSample'
import { useHotkeys } from '@mantine/hooks'
import { useCommand } from '../../app/commands'

export function WorkshopList() {
  const { t } = useTranslation('workshops')
  const workshops = withoutPendingDeletes(useAppStore((s) => s.workshops))
  const loaded = useAppStore((s) => s.workshopsLoaded)
  const workshopsRequested = useAppStore((s) => s.workshopsRequested)
  const navigated = useAppStore((s) => s.navigated)
  const [creating, setCreating] = useState(false)
  const { loadSample, loading } = useLoadSample()
  useHotkeys([['alt+n', () => setCreating(true)]])
  useCommand('workshop.new', () => setCreating(true))

  useEffect(() => {
    void workshopsRequested()
  }, [workshopsRequested])

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFlask size={16} />} loading={loading} onClick={() => void loadSample()} data-testid="load-sample">
            {t('sample.load')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('new')}
          </Button>
        </Group>
      </Group>
      {!loaded ? (
        <Loader />
      ) : workshops.length === 0 ? (
        <EmptyState
          title={t('empty.title')}
          body={t('empty.body')}
          action={t('new')}
          onAction={() => setCreating(true)}
          secondary={{ hint: t('sample.hint'), action: t('sample.load'), onAction: () => void loadSample() }}
        />
      ) : (
        <WorkshopGrid workshops={workshops} onOpen={(id) => navigated({ section: 'workshop', id })} />
      )}
      <NewWorkshopModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  )
}
