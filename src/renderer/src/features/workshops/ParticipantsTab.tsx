import { Anchor, Grid, Group, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../../shared/domain/city'
import type { Speaker } from '../../../../shared/domain/speaker'
import { notifications } from '@mantine/notifications'
import { api, errorMessage } from '../../api/client'
import { deleteWithUndo } from '../../components/undoableDelete'
import { DeleteButton } from '../../components/DeleteButton'
import { PickOrCreate } from '../../components/PickOrCreate'
import { SortableList } from '../../components/SortableList'
import { useAppStore } from '../../store'
import type { WorkshopTabProps } from './tabs'

/** Who speaks and which cities and regions take part, in the order the facilitator wants. */
export function ParticipantsTab({ detail, reload }: WorkshopTabProps) {
  const { t } = useTranslation(['workshops', 'cities'])
  const navigated = useAppStore((s) => s.navigated)
  const [allSpeakers, setAllSpeakers] = useState<Speaker[]>([])
  const [allCities, setAllCities] = useState<City[]>([])
  const workshopId = detail.workshop.id

  useEffect(() => {
    void api.listSpeakers({}).then(setAllSpeakers)
    void api.listCities({}).then(setAllCities)
  }, [detail])

  // Every change goes to the service first; the page then shows what was stored.
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work()
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) })
    }
    await reload()
  }

  const [hidden, setHidden] = useState<Set<string>>(new Set())
  const toggleHidden = (id: string, hide: boolean) =>
    setHidden((current) => {
      const next = new Set(current)
      if (hide) next.add(id)
      else next.delete(id)
      return next
    })
  const remove = (id: string, what: string, commit: () => Promise<unknown>) =>
    deleteWithUndo({ what, hide: () => toggleHidden(id, true), restore: () => toggleHidden(id, false), commit, afterCommit: () => void reload() })

  const speakers = detail.speakers.filter((s) => !hidden.has(s.id))
  const cities = detail.cities.filter((c) => !hidden.has(c.id))
  const speakerIds = new Set(detail.speakers.map((s) => s.id))
  const cityIds = new Set(detail.cities.map((c) => c.id))

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm" data-testid="workshop-speakers">
          <Title order={3}>{t('participants.speakers')}</Title>
          {speakers.length === 0 && <Text c="dimmed">{t('participants.noSpeakers')}</Text>}
          <SortableList
            items={speakers}
            handleLabel={(s) => t('participants.move', { name: s.name })}
            onReorder={(ids) => void act(() => api.reorderWorkshopSpeakers({ workshopId, ids: [...ids, ...[...hidden].filter((id) => speakerIds.has(id))] }))}
            render={(s) => (
              <Group justify="space-between" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Anchor component="button" fw={500} ta="start" onClick={() => navigated({ section: 'speakers', id: s.id })}>
                    {s.name}
                  </Anchor>
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {[s.role, s.organisation].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                <DeleteButton
                  label={t('participants.removeSpeaker', { name: s.name })}
                  what={s.name}
                  onConfirm={() => remove(s.id, s.name, () => api.removeWorkshopSpeaker({ workshopId, speakerId: s.id }))}
                />
              </Group>
            )}
          />
          <PickOrCreate
            label={t('participants.addSpeaker')}
            placeholder={t('participants.speakerPlaceholder')}
            testId="add-speaker"
            taken={detail.speakers.map((x) => x.name)}
            options={allSpeakers.filter((s) => !speakerIds.has(s.id)).map((s) => ({ value: s.id, label: s.name }))}
            onPick={(speakerId) => void act(() => api.addWorkshopSpeaker({ workshopId, speakerId }))}
            onCreate={(name) =>
              void act(async () => {
                const speaker = await api.createSpeaker({ name })
                await api.addWorkshopSpeaker({ workshopId, speakerId: speaker.id })
              })
            }
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm" data-testid="workshop-cities">
          <Title order={3}>{t('participants.cities')}</Title>
          {cities.length === 0 && <Text c="dimmed">{t('participants.noCities')}</Text>}
          <SortableList
            items={cities}
            handleLabel={(c) => t('participants.move', { name: c.name })}
            onReorder={(ids) => void act(() => api.reorderWorkshopCities({ workshopId, ids: [...ids, ...[...hidden].filter((id) => cityIds.has(id))] }))}
            render={(c) => (
              <Group justify="space-between" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Anchor component="button" fw={500} ta="start" onClick={() => navigated({ section: 'workshop', id: workshopId, tab: 'cases', focus: c.id })}>
                    {c.nativeName && c.nativeName !== c.name ? `${c.name} · ${c.nativeName}` : c.name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t(`cities:groups.${c.group}`)} · {t('participants.entries', { count: c.itemCount })}
                  </Text>
                </div>
                <DeleteButton
                  label={t('participants.removeCity', { name: c.name })}
                  what={t('participants.removeCityWarning', { name: c.name })}
                  onConfirm={() => remove(c.id, c.name, () => api.removeWorkshopCity({ workshopId, cityId: c.id }))}
                />
              </Group>
            )}
          />
          <PickOrCreate
            label={t('participants.addCity')}
            placeholder={t('participants.cityPlaceholder')}
            testId="add-city"
            taken={detail.cities.map((x) => x.name)}
            options={allCities.filter((c) => !cityIds.has(c.id)).map((c) => ({ value: c.id, label: c.nativeName ? `${c.name} · ${c.nativeName}` : c.name }))}
            onPick={(cityId) => void act(() => api.addWorkshopCity({ workshopId, cityId }))}
            onCreate={(name) =>
              void act(async () => {
                const city = await api.createCity({ name })
                await api.addWorkshopCity({ workshopId, cityId: city.id })
              })
            }
          />
        </Stack>
      </Grid.Col>
    </Grid>
  )
}
