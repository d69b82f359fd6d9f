import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCalendarDown, IconCoffee, IconPlayerPlay, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScheduledItem } from '../../../../shared/domain/agenda'
import { api } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { useAppStore } from '../../store'
import type { WorkshopTabProps } from '../workshops/tabs'
import { AgendaList } from './AgendaList'
import type { AgendaRowActions } from './AgendaRow'
import { AgendaTotals } from './AgendaTotals'
import { downloadFile } from './downloadFile'
import { showUndoToast } from '../../components/undoableDelete'
import { useAgenda } from './useAgenda'
import { useAgendaFormat } from './useAgendaFormat'

/** The agenda builder: items in order with their times in both zones, and who gets how much time. */
export function AgendaTab({ detail }: WorkshopTabProps) {
  const { t } = useTranslation('agenda')
  const { zoneName } = useAgendaFormat()
  const navigated = useAppStore((s) => s.navigated)
  const workshopId = detail.workshop.id
  const { agenda, setAgenda, error, change } = useAgenda(workshopId)
  const [focusId, setFocusId] = useState<string | null>(null)

  if (error) return <Alert color="red">{error}</Alert>
  if (!agenda) return <Loader />

  const speakers = detail.speakers.map((s) => ({ value: s.id, label: s.name }))
  const cities = detail.cities.map((c) => ({ value: c.id, label: c.nativeName ? `${c.name} ${c.nativeName}` : c.name }))
  const addBreak = (afterId?: string | null) =>
    change(() => api.insertBreak({ workshopId, afterId: afterId ?? agenda.items.at(-1)?.id ?? null, title: t('breakTitle') }))

  const actionsFor = (item: ScheduledItem): AgendaRowActions => ({
    update: (patch) => void change(() => api.updateAgendaItem({ id: item.id, ...patch })),
    duplicate: () => void change(() => api.duplicateAgendaItem({ id: item.id })),
    insertBreakAfter: () => void addBreak(item.id),
    remove: () =>
      void change(async () => {
        const deleted = await api.deleteAgendaItem({ id: item.id })
        showUndoToast({
          message: t('deleted', { title: deleted.title || t('untitled') }),
          testId: 'agenda-undo',
          onUndo: () => void change(() => api.restoreAgendaItem(deleted))
        })
      })
  })

  const reorder = (ids: string[]) => {
    // Show the new order at once; the recomputed times follow from the service.
    setAgenda({ ...agenda, items: ids.map((id) => agenda.items.find((i) => i.id === id)!) })
    void change(() => api.reorderAgendaItems({ workshopId, ids }))
  }

  const exportIcs = () =>
    change(async () => {
      const { fileName, ics } = await api.exportAgendaIcs({ workshopId })
      downloadFile(fileName, ics, 'text/calendar')
      notifications.show({ message: t('exported', { file: fileName }) })
    })

  return (
    <Stack gap="md" maw={1200} data-testid="agenda-tab">
      <Group justify="space-between">
        <Group gap="xs">
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              void change(async () => {
                const item = await api.createAgendaItem({ workshopId, title: '' })
                setFocusId(item.id)
              })
            }
          >
            {t('add')}
          </Button>
          <Button variant="default" leftSection={<IconCoffee size={16} />} onClick={() => void addBreak()}>
            {t('addBreak')}
          </Button>
        </Group>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconCalendarDown size={16} />} onClick={() => void exportIcs()} disabled={agenda.items.length === 0}>
            {t('exportIcs')}
          </Button>
          <Button
            color="teal"
            leftSection={<IconPlayerPlay size={16} />}
            onClick={() => navigated({ section: 'other', name: 'live', id: workshopId })}
            disabled={agenda.items.length === 0}
          >
            {t('startLive')}
          </Button>
        </Group>
      </Group>
      {agenda.items.length === 0 ? (
        <EmptyState title={t('emptyTitle')} body={t('empty')} />
      ) : (
        <>
          <Group gap="sm" wrap="nowrap" pl={44}>
            <Text size="xs" fw={700} w={104} c="dimmed" tt="uppercase">
              {zoneName(agenda.timeZone)}
            </Text>
            {agenda.secondTimeZone ? (
              <Text size="xs" fw={700} w={124} c="blue" tt="uppercase">
                {zoneName(agenda.secondTimeZone)}
              </Text>
            ) : (
              <Text size="xs" c="dimmed">
                {t('noSecondZone')}
              </Text>
            )}
          </Group>
          <AgendaList
            items={agenda.items}
            secondZone={Boolean(agenda.secondTimeZone)}
            speakers={speakers}
            cities={cities}
            focusId={focusId}
            onReorder={reorder}
            actionsFor={actionsFor}
          />
          <AgendaTotals agenda={agenda} />
        </>
      )}
    </Stack>
  )
}
