import { Alert, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { BackLink } from '../../components/BackLink'
import { useDateFormat } from '../../i18n/format'
import { api } from '../../api/client'
import { DeleteButton } from '../../components/DeleteButton'
import { deleteWithUndo } from '../../components/undoableDelete'
import { useAppStore } from '../../store'
import { workshopTabs } from './tabs'
import { useWorkshop } from './useWorkshop'

export function WorkshopPage({ id }: { id: string }) {
  const { t } = useTranslation(['workshops', 'common'])
  const { longDate } = useDateFormat()
  const { detail, error, reload } = useWorkshop(id)
  const route = useAppStore((s) => s.route)
  const navigated = useAppStore((s) => s.navigated)
  const workshopsRequested = useAppStore((s) => s.workshopsRequested)
  const tab = route.section === 'workshop' && route.tab ? route.tab : 'details'
  const focus = route.section === 'workshop' ? route.focus : undefined

  const back = <BackLink label={t('title')} onClick={() => navigated({ section: 'workshops' })} />

  if (error) {
    return (
      <Stack>
        {back}
        <Alert color="red">{error}</Alert>
      </Stack>
    )
  }
  if (!detail) return <Loader />
  const { workshop } = detail

  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2} data-testid="workshop-title">
            {workshop.title}
          </Title>
          <Text c="dimmed">
            {longDate(workshop.date)} · {workshop.startTime} · {workshop.timeZone}
          </Text>
        </div>
        <div style={{ flexShrink: 0 }}>
          <DeleteButton
            variant="button"
            label={t('deleteWorkshop')}
            what={t('deleteWarning', { title: workshop.title })}
            onConfirm={() =>
              deleteWithUndo({
                id,
                what: workshop.title,
                hide: () => {
                  useAppStore.setState((s) => ({ workshops: s.workshops.filter((w) => w.id !== id) }))
                  navigated({ section: 'workshops' })
                },
                restore: () => void workshopsRequested(),
                commit: () => api.deleteWorkshop({ id }),
                afterCommit: () => void workshopsRequested()
              })
            }
          />
        </div>
      </Group>
      <Tabs value={tab} onChange={(value) => navigated({ section: 'workshop', id, tab: value ?? 'details' })} keepMounted={false}>
        <Tabs.List>
          {workshopTabs.map((entry) => (
            <Tabs.Tab key={entry.key} value={entry.key}>
              {t(entry.label.key, { ns: entry.label.ns })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {workshopTabs.map((entry) => (
          <Tabs.Panel key={entry.key} value={entry.key} pt="md">
            {entry.render({ detail, reload, focus })}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  )
}
