import { ActionIcon, Badge, Group, Menu, Paper, Text } from '@mantine/core'
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import type { DateTime } from 'luxon'
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScheduledItem } from '../../../../shared/domain/agenda'
import { noteKinds, type Note, type NoteKind } from '../../../../shared/domain/note'
import { MarkdownView } from '../../components/MarkdownView'
import { ThemeTagger } from '../synergies/ThemeTagger'
import { NoteEditor, type NoteChanges } from './NoteEditor'
import { kindColor, kindOfKey } from './noteKeys'
import { clockTime, sinceStart, takenOn } from './noteTime'

/** What every row needs to name its links and place its time; shared by all rows. */
export interface NoteContext {
  zone: string
  start: DateTime
  agendaItems: ScheduledItem[]
  speakers: { id: string; name: string }[]
  cities: { id: string; name: string }[]
}

interface Props {
  note: Note
  context: NoteContext
  focused: boolean
  onMark: (note: Note, kind: NoteKind) => void
  onChange: (note: Note, changes: NoteChanges) => void
  onDelete: (note: Note) => void
}

const nameOf = (list: { id: string; name: string }[], id: string | null) => (id ? list.find((e) => e.id === id)?.name : undefined)

export const NoteRow = memo(function NoteRow({ note, context, focused, onMark, onChange, onDelete }: Props) {
  const { t } = useTranslation('notes')
  const [editing, setEditing] = useState(false)
  const since = sinceStart(note.takenAt, context.start)
  const links = [
    nameOf(context.agendaItems.map((i) => ({ id: i.id, name: i.title })), note.agendaItemId),
    nameOf(context.speakers, note.speakerId),
    nameOf(context.cities, note.cityId)
  ].filter(Boolean)

  return (
    <Paper
      withBorder
      p="xs"
      tabIndex={0}
      data-testid="note"
      data-note-id={note.id}
      data-kind={note.kind}
      data-focused={focused || undefined}
      style={focused ? { borderColor: 'var(--mantine-color-yellow-6)', boxShadow: '0 0 0 2px var(--mantine-color-yellow-3)' } : undefined}
      onKeyDown={(event) => {
        if (editing || event.target !== event.currentTarget) return
        const kind = kindOfKey(event)
        if (kind) {
          event.preventDefault()
          onMark(note, kind)
        } else if (event.key === 'Delete') onDelete(note)
        else if (event.key === 'Enter') setEditing(true)
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
          <Text size="xs" ff="monospace" title={note.takenAt}>
            {clockTime(note.takenAt, context.zone)}
          </Text>
          <Text size="xs" c="dimmed">
            {since ? t('relative', since) : takenOn(note.takenAt, context.zone)}
          </Text>
          {note.kind !== 'plain' && (
            <Badge size="xs" color={kindColor[note.kind]} data-testid="note-kind">
              {t(`kind.${note.kind}`)}
            </Badge>
          )}
          {links.length > 0 && (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {links.join(' · ')}
            </Text>
          )}
        </Group>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" size="sm" aria-label={t('markAs')}>
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('markAs')}</Menu.Label>
            {noteKinds.map((kind) => (
              <Menu.Item key={kind} disabled={kind === note.kind} onClick={() => onMark(note, kind)} color={kindColor[kind]}>
                {t(`kind.${kind}`)}
              </Menu.Item>
            ))}
            <Menu.Divider />
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
              {t('edit')}
            </Menu.Item>
            <Menu.Item leftSection={<IconTrash size={14} />} color="red" onClick={() => onDelete(note)}>
              {t('delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {editing ? (
        <NoteEditor
          note={note}
          context={context}
          onCancel={() => setEditing(false)}
          onSave={(changes) => {
            setEditing(false)
            onChange(note, changes)
          }}
        />
      ) : (
        <div onDoubleClick={() => setEditing(true)} style={{ overflowWrap: 'anywhere' }}>
          <MarkdownView source={note.text} testId="note-text" />
        </div>
      )}
      {note.cityId && !editing && <ThemeTagger compact target="note" itemId={note.id} workshopId={note.workshopId} text={note.text} />}
    </Paper>
  )
})
