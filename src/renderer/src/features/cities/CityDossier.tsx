import { Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BackLink } from '../../components/BackLink'
import type { CityDossier as Dossier } from '../../../../shared/domain/dossier'
import { api, errorMessage } from '../../api/client'
import { DeleteButton } from '../../components/DeleteButton'
import { deleteWithUndo } from '../../components/undoableDelete'
import { useAppStore } from '../../store'
import { CityForm } from './CityForm'
import { CityHistory } from './CityHistory'

/** A city's or region's dossier: what it is, who speaks for it, and its history across workshops. */
export function CityDossier({ id }: { id: string }) {
  const { t } = useTranslation('cities')
  const navigated = useAppStore((s) => s.navigated)
  const cityHidden = useAppStore((s) => s.cityHidden)
  const citiesRequested = useAppStore((s) => s.citiesRequested)
  const [dossier, setDossier] = useState<Dossier | null>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    api.getCity({ id }).then(
      (d) => {
        setDossier(d)
        setName(d.city.name)
      },
      (e: unknown) => setError(errorMessage(e))
    )
  }, [id])

  const back = <BackLink label={t('title')} onClick={() => navigated({ section: 'cities' })} />
  if (error) return <Stack>{back}<Alert color="red">{error}</Alert></Stack>
  if (!dossier) return <Loader />

  return (
    <Stack gap="md" maw={1100}>
      {back}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={2} data-testid="city-name" style={{ overflowWrap: 'anywhere' }}>
          {name || t('unnamed')}
          {dossier.city.nativeName && dossier.city.nativeName !== name ? (
            <Text span c="dimmed" inherit>{` · ${dossier.city.nativeName}`}</Text>
          ) : null}
        </Title>
        <DeleteButton
          variant="button"
          label={t('delete')}
          what={t('deleteWarning', { name })}
          onConfirm={() =>
            deleteWithUndo({
              id,
              what: name,
              hide: () => {
                cityHidden(id)
                navigated({ section: 'cities' })
              },
              restore: () => void citiesRequested(),
              commit: () => api.deleteCity({ id })
            })
          }
        />
      </Group>
      <CityForm city={dossier.city} onNameChange={setName} />
      {dossier.speakers.length > 0 && (
        <Text size="sm">
          {t('speakersFrom')}{' '}
          {dossier.speakers.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              <Anchor component="button" size="sm" onClick={() => navigated({ section: 'speakers', id: s.id })}>
                {s.name}
              </Anchor>
            </span>
          ))}
        </Text>
      )}
      <Title order={3} mt="md">
        {t('history')}
      </Title>
      <CityHistory dossier={dossier} />
    </Stack>
  )
}
