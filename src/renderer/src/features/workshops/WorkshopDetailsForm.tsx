import { Grid, Select, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { workshopFormats, type Workshop } from '../../../../shared/domain/workshop'
import { api } from '../../api/client'
import { MarkdownEditor } from '../../components/MarkdownEditor'
import { useAutosave } from '../../hooks/useAutosave'
import type { WorkshopTabProps } from './tabs'
import { TimeZoneSelect } from './TimeZoneSelect'

type Editable = Omit<Workshop, 'id' | 'createdAt' | 'updatedAt'>

/** Every workshop field, saved as the facilitator types. */
export function WorkshopDetailsForm({ detail, reload }: WorkshopTabProps) {
  const { t } = useTranslation('workshops')
  const [values, setValues] = useState<Editable>(detail.workshop)
  const { changed, errors } = useAutosave<Editable>(async (patch) => {
    await api.updateWorkshop({ id: detail.workshop.id, ...patch })
    await reload()
  })

  const set = <K extends keyof Editable>(key: K, value: Editable[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    changed({ [key]: value } as Partial<Editable>)
  }
  const text = (key: 'title' | 'subtitle' | 'location' | 'organiser') => ({
    label: t(`fields.${key}`),
    value: values[key],
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value)
  })
  const long = (key: 'intro' | 'keyMessages' | 'conclusions') => ({
    label: t(`fields.${key}`),
    value: values[key],
    error: errors[key],
    testId: `markdown-${key}`,
    onChange: (value: string) => set(key, value)
  })

  return (
    <Stack maw={1100} data-testid="workshop-form">
      <TextInput {...text('title')} required />
      <TextInput {...text('subtitle')} />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput type="date" label={t('fields.date')} value={values.date} error={errors.date} onChange={(e) => set('date', e.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput type="time" label={t('fields.startTime')} value={values.startTime} error={errors.startTime} onChange={(e) => set('startTime', e.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput
            type="time"
            label={t('fields.plannedEndTime')}
            value={values.plannedEndTime ?? ''}
            error={errors.plannedEndTime}
            onChange={(e) => set('plannedEndTime', e.currentTarget.value || null)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TimeZoneSelect label={t('fields.timeZone')} value={values.timeZone} error={errors.timeZone} onChange={(zone) => zone && set('timeZone', zone)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TimeZoneSelect
            clearable
            label={t('fields.secondTimeZone')}
            placeholder="Asia/Shanghai"
            value={values.secondTimeZone}
            error={errors.secondTimeZone}
            onChange={(zone) => set('secondTimeZone', zone)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('fields.format')}
            allowDeselect={false}
            value={values.format}
            data={workshopFormats.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
            onChange={(f) => f && set('format', f as Editable['format'])}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput {...text('location')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput {...text('organiser')} />
        </Grid.Col>
      </Grid>
      <MarkdownEditor {...long('intro')} />
      <MarkdownEditor {...long('keyMessages')} />
      <MarkdownEditor {...long('conclusions')} />
    </Stack>
  )
}
