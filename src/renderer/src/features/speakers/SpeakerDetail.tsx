import { Alert, Anchor, Badge, Grid, Group, Loader, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BackLink } from '../../components/BackLink'
import type { City } from '../../../../shared/domain/city'
import type { SpeakerDetail as Detail } from '../../../../shared/domain/dossier'
import type { Speaker } from '../../../../shared/domain/speaker'
import { api, errorMessage } from '../../api/client'
import { DeleteButton } from '../../components/DeleteButton'
import { MarkdownEditor } from '../../components/MarkdownEditor'
import { deleteWithUndo } from '../../components/undoableDelete'
import { useAutosave } from '../../hooks/useAutosave'
import { useDateFormat } from '../../i18n/format'
import { useAppStore } from '../../store'

type Editable = Pick<Speaker, 'name' | 'role' | 'organisation' | 'cityId' | 'bio' | 'email'>

/** One speaker: who they are, and every workshop they spoke at. */
export function SpeakerDetail({ id }: { id: string }) {
  const { t } = useTranslation(['speakers', 'common'])
  const { longDate } = useDateFormat()
  const navigated = useAppStore((s) => s.navigated)
  const speakerSaved = useAppStore((s) => s.speakerSaved)
  const speakerHidden = useAppStore((s) => s.speakerHidden)
  const speakersRequested = useAppStore((s) => s.speakersRequested)
  const [detail, setDetail] = useState<Detail | null>(null)
  const [values, setValues] = useState<Editable | null>(null)
  const [cities, setCities] = useState<City[]>([])
  const [error, setError] = useState<string | null>(null)
  const { changed, errors } = useAutosave<Editable>((patch) => speakerSaved({ id, ...patch }))

  useEffect(() => {
    api.getSpeaker({ id }).then(
      (d) => {
        setDetail(d)
        setValues(d.speaker)
      },
      (e: unknown) => setError(errorMessage(e))
    )
    void api.listCities({}).then(setCities)
  }, [id])

  const back = <BackLink label={t('title')} onClick={() => navigated({ section: 'speakers' })} />
  if (error) return <Stack>{back}<Alert color="red">{error}</Alert></Stack>
  if (!detail || !values) return <Loader />

  const set = <K extends keyof Editable>(key: K, value: Editable[K]) => {
    setValues((v) => (v ? { ...v, [key]: value } : v))
    changed({ [key]: value } as Partial<Editable>)
  }
  const text = (key: 'name' | 'role' | 'organisation' | 'email') => ({
    label: t(`fields.${key}`),
    value: values[key],
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value)
  })

  return (
    <Stack gap="md" maw={1100}>
      {back}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={2} data-testid="speaker-name" style={{ overflowWrap: 'anywhere' }}>
          {values.name || t('unnamed')}
        </Title>
        <DeleteButton
          variant="button"
          label={t('delete')}
          what={t('deleteWarning', { name: values.name })}
          onConfirm={() =>
            deleteWithUndo({
              id,
              what: values.name,
              hide: () => {
                speakerHidden(id)
                navigated({ section: 'speakers' })
              },
              restore: () => void speakersRequested(),
              commit: () => api.deleteSpeaker({ id })
            })
          }
        />
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput {...text('name')} required />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput {...text('email')} type="email" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput {...text('role')} placeholder={t('rolePlaceholder')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput {...text('organisation')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('fields.city')}
            placeholder={t('noCity')}
            clearable
            searchable
            data={cities.map((c) => ({ value: c.id, label: c.nativeName ? `${c.name} · ${c.nativeName}` : c.name }))}
            value={values.cityId}
            error={errors.cityId}
            onChange={(cityId) => set('cityId', cityId)}
          />
        </Grid.Col>
      </Grid>
      <MarkdownEditor label={t('fields.bio')} value={values.bio} error={errors.bio} onChange={(bio) => set('bio', bio)} minRows={3} />
      <Title order={3} mt="md">
        {t('workshops')}
      </Title>
      {detail.workshops.length === 0 ? (
        <Text c="dimmed">{t('noWorkshops')}</Text>
      ) : (
        <Stack gap="xs" data-testid="speaker-workshops">
          {detail.workshops.map((w) => (
            <Paper key={w.id} withBorder p="sm">
              <Group justify="space-between" wrap="nowrap">
                <Anchor component="button" fw={500} onClick={() => navigated({ section: 'workshop', id: w.id })} ta="start">
                  {w.title}
                </Anchor>
                <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
                  {longDate(w.date)}
                </Badge>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  )
}
