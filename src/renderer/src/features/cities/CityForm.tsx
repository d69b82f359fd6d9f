import { Grid, Select, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cityGroups, cityKinds, type City } from '../../../../shared/domain/city'
import { MarkdownEditor } from '../../components/MarkdownEditor'
import { useAutosave } from '../../hooks/useAutosave'
import { useAppStore } from '../../store'

type Editable = Pick<City, 'name' | 'nativeName' | 'country' | 'group' | 'kind' | 'notes'>

/** What a city or region is, saved as the facilitator types. */
export function CityForm({ city, onNameChange }: { city: City; onNameChange: (name: string) => void }) {
  const { t } = useTranslation('cities')
  const citySaved = useAppStore((s) => s.citySaved)
  const [values, setValues] = useState<Editable>(city)
  const { changed, errors } = useAutosave<Editable>((patch) => citySaved({ id: city.id, ...patch }))
  const set = <K extends keyof Editable>(key: K, value: Editable[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    changed({ [key]: value } as Partial<Editable>)
    if (key === 'name') onNameChange(value as string)
  }
  const text = (key: 'name' | 'nativeName' | 'country') => ({
    label: t(`fields.${key}`),
    value: values[key],
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value)
  })
  return (
    <Stack data-testid="city-form">
      <Grid>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput {...text('name')} required />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput {...text('nativeName')} placeholder={t('nativePlaceholder')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput {...text('country')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('fields.group')}
            allowDeselect={false}
            value={values.group}
            data={cityGroups.map((g) => ({ value: g, label: t(`groups.${g}`) }))}
            onChange={(g) => g && set('group', g as Editable['group'])}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('fields.kind')}
            allowDeselect={false}
            value={values.kind}
            data={cityKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            onChange={(k) => k && set('kind', k as Editable['kind'])}
          />
        </Grid.Col>
      </Grid>
      <MarkdownEditor label={t('fields.notes')} value={values.notes} error={errors.notes} minRows={3} onChange={(notes) => set('notes', notes)} />
    </Stack>
  )
}
