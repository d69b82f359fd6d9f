import { Button, Group, Select, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Note } from '../../../../shared/domain/note'
import type { NoteContext } from './NoteRow'

export type NoteChanges = Pick<Note, 'text' | 'agendaItemId' | 'speakerId' | 'cityId'>

/** Edits a note's Markdown and what it is linked to; nothing is written until Save. */
export function NoteEditor({ note, context, onSave, onCancel }: { note: Note; context: NoteContext; onSave: (changes: NoteChanges) => void; onCancel: () => void }) {
  const { t } = useTranslation('notes')
  const [draft, setDraft] = useState<NoteChanges>({ text: note.text, agendaItemId: note.agendaItemId, speakerId: note.speakerId, cityId: note.cityId })
  const none = { value: '', label: t('links.none') }
  const options = (entries: { id: string; name: string }[]) => [none, ...entries.map((e) => ({ value: e.id, label: e.name || '—' }))]
  const field = (key: 'agendaItemId' | 'speakerId' | 'cityId', label: string, entries: { id: string; name: string }[]) => (
    <Select
      size="xs"
      label={label}
      data={options(entries)}
      value={draft[key] ?? ''}
      onChange={(value) => setDraft((d) => ({ ...d, [key]: value || null }))}
      allowDeselect={false}
      searchable
      style={{ flex: 1, minWidth: 160 }}
    />
  )
  return (
    <Stack gap="xs" data-testid="note-editor">
      <Textarea
        aria-label={t('edit')}
        autosize
        minRows={2}
        autoFocus
        value={draft.text}
        onChange={(event) => {
          const text = event.currentTarget.value
          setDraft((d) => ({ ...d, text }))
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel()
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSave(draft)
        }}
      />
      <Group gap="xs" align="flex-end">
        {field('agendaItemId', t('links.agendaItem'), context.agendaItems.map((i) => ({ id: i.id, name: i.title })))}
        {field('speakerId', t('links.speaker'), context.speakers)}
        {field('cityId', t('links.city'), context.cities)}
      </Group>
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('cancel')}
        </Button>
        <Button size="xs" onClick={() => onSave(draft)} disabled={!draft.text.trim()}>
          {t('save')}
        </Button>
      </Group>
    </Stack>
  )
}
