import { Alert, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { actionStatuses, type ActionItem, type ActionItemListed, type ActionStatus } from '../../../../shared/domain/note'
import type { City } from '../../../../shared/domain/city'
import type { Speaker } from '../../../../shared/domain/speaker'
import { api, errorMessage } from '../../api/client'
import { useAppStore } from '../../store'
import { ActionRow } from './ActionRow'
import { isOverdue, today, useActionItems } from './useActionItems'

/** Every action item across workshops, filterable by city, owner and status; overdue ones marked. */
export function ActionsScreen({ focus }: { focus?: string }) {
  const { t } = useTranslation('actions')
  const navigated = useAppStore((s) => s.navigated)
  const [cityId, setCityId] = useState<string | null>(null)
  const [status, setStatus] = useState<ActionStatus | null>('open')
  const [ownerTyped, setOwnerTyped] = useState('')
  const [owner] = useDebouncedValue(ownerTyped, 250)
  const { items, error, reload } = useActionItems({ cityId, owner, status: focus ? null : status })
  const [cities, setCities] = useState<City[]>([])
  const [speakers, setSpeakers] = useState<Speaker[]>([])
  const scroller = useRef<HTMLDivElement>(null)
  const on = today()

  useEffect(() => {
    api.listCities({}).then(setCities).catch(() => setCities([]))
    api.listSpeakers({}).then(setSpeakers).catch(() => setSpeakers([]))
  }, [])

  const owners = useMemo(
    () => [
      ...speakers.map((s) => ({ value: `speaker:${s.id}`, label: s.name })),
      ...cities.map((c) => ({ value: `city:${c.id}`, label: c.name }))
    ],
    [speakers, cities]
  )
  const onChange = useCallback(
    (item: ActionItemListed, patch: Partial<ActionItem>) => {
      api
        .updateActionItem({ id: item.id, ...patch })
        .then(() => reload())
        .catch((e: unknown) => notifications.show({ color: 'red', message: t('failed', { message: errorMessage(e) }) }))
    },
    [reload, t]
  )
  const onOpenWorkshop = useCallback((id: string) => navigated({ section: 'workshop', id, tab: 'notes' }), [navigated])

  const list = items ?? []
  // The virtualizer's functions change every render by design; this component need not be memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: list.length, getScrollElement: () => scroller.current, estimateSize: () => 96, overscan: 6 })
  const focusIndex = focus ? list.findIndex((i) => i.id === focus) : -1
  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: 'center' })
  }, [focusIndex, virtualizer])

  return (
    <Stack gap="sm" data-testid="actions-screen">
      <Title order={2}>{t('title')}</Title>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <Group gap="sm" align="flex-end">
        <Select
          label={t('filters.city')}
          placeholder={t('filters.all')}
          data={cities.map((c) => ({ value: c.id, label: c.name }))}
          value={cityId}
          onChange={setCityId}
          clearable
          searchable
          w={220}
        />
        <TextInput label={t('filters.owner')} placeholder={t('filters.ownerPlaceholder')} value={ownerTyped} onChange={(e) => setOwnerTyped(e.currentTarget.value)} w={200} />
        <Select
          label={t('filters.status')}
          placeholder={t('filters.all')}
          data={actionStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={(value) => setStatus(value as ActionStatus | null)}
          clearable
          w={160}
        />
        <Text size="sm" c="dimmed" data-testid="action-count">
          {t('count', { count: list.length })}
        </Text>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {!items && !error && <Loader />}
      {items && list.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
      <div ref={scroller} style={{ height: 'max(320px, calc(100vh - 280px))', overflowY: 'auto', contain: 'strict' }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const item = list[v.index]
            if (!item) return null
            return (
              <div key={item.id} data-index={v.index} ref={virtualizer.measureElement} style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)`, paddingBottom: 6 }}>
                <ActionRow item={item} overdue={isOverdue(item, on)} focused={item.id === focus} owners={owners} onChange={onChange} onOpenWorkshop={onOpenWorkshop} />
              </div>
            )
          })}
        </div>
      </div>
    </Stack>
  )
}
