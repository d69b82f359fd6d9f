import { Button, ColorInput, Group, Modal, Stack, TagsInput, TextInput, Textarea } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Theme } from '../../../../shared/domain/synergy'
import { ApiCallError, errorMessage } from '../../api/client'
import { useAppStore } from '../../store'

type Values = Pick<Theme, 'name' | 'nameZh' | 'description' | 'colour' | 'keywords'>
const blank: Values = { name: '', nameZh: '', description: '', colour: '#1c7ed6', keywords: [] }

/** Creates a theme (no `theme`) or edits one; errors show next to the field they are about. */
export function ThemeForm({ theme, opened, onClose }: { theme: Theme | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['synergies', 'common'])
  const themeCreated = useAppStore((s) => s.themeCreated)
  const themeSaved = useAppStore((s) => s.themeSaved)
  const [values, setValues] = useState<Values>(theme ?? blank)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      if (theme) await themeSaved({ id: theme.id, ...values })
      else await themeCreated(values)
      onClose()
    } catch (e) {
      const issues = e instanceof ApiCallError ? (e.error.issues ?? []) : []
      setErrors(issues.length ? Object.fromEntries(issues.map((i) => [i.path.split('.')[0] ?? '', i.message])) : { name: errorMessage(e) })
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={theme ? t('themes.edit') : t('themes.new')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <TextInput label={t('themes.fields.name')} required value={values.name} error={errors.name} onChange={(e) => set('name', e.currentTarget.value)} data-autofocus />
            <TextInput label={t('themes.fields.nameZh')} value={values.nameZh} error={errors.nameZh} onChange={(e) => set('nameZh', e.currentTarget.value)} />
          </Group>
          <Textarea label={t('themes.fields.description')} value={values.description} error={errors.description} autosize minRows={2} onChange={(e) => set('description', e.currentTarget.value)} />
          <ColorInput label={t('themes.fields.colour')} format="hex" value={values.colour} error={errors.colour} onChange={(c) => set('colour', c)} w={200} />
          <TagsInput
            label={t('themes.fields.keywords')}
            description={t('themes.fields.keywordsHint')}
            value={values.keywords}
            error={errors.keywords}
            onChange={(k) => set('keywords', k)}
            clearable
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit">{t('themes.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
