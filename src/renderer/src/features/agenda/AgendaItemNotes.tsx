import { SimpleGrid, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScheduledItem } from '../../../../shared/domain/agenda'

type NoteField = 'facilitatorNotes' | 'contentNotes'

/** The item's two Markdown notes: private ones for live mode, and content for the report. Saved on leaving the field. */
export function AgendaItemNotes({ item, save }: { item: ScheduledItem; save: (patch: Partial<Record<NoteField, string>>) => void }) {
  const { t } = useTranslation('agenda')
  const [values, setValues] = useState({ facilitatorNotes: item.facilitatorNotes, contentNotes: item.contentNotes })
  const field = (key: NoteField) => ({
    label: t(key),
    description: t(`${key}Hint`),
    value: values[key],
    autosize: true,
    minRows: 3,
    maxRows: 14,
    'data-testid': `agenda-${key}`,
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => {
      const value = e.currentTarget.value
      setValues((v) => ({ ...v, [key]: value }))
    },
    onBlur: () => values[key] !== item[key] && save({ [key]: values[key] })
  })
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Textarea {...field('facilitatorNotes')} />
      <Textarea {...field('contentNotes')} />
    </SimpleGrid>
  )
}
