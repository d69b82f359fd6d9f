import { Alert, Loader, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { showUndoToast } from '../../components/undoableDelete'
import type { Note, NoteKind } from '../../../../shared/domain/note'
import { api, errorMessage } from '../../api/client'
import type { WorkshopTabProps } from '../workshops/tabs'
import { CaptureBox } from './CaptureBox'
import { KeyLegend } from './KeyLegend'
import type { NoteChanges } from './NoteEditor'
import { NoteList } from './NoteList'
import type { NoteContext } from './NoteRow'
import { workshopStart } from './noteTime'
import { useLiveLink } from './useLiveLink'
import { useNotes } from './useNotes'

/** Live notes for one workshop: the capture box, the keys, and every note taken so far. */
export function NotesTab({ detail, reload, focus }: WorkshopTabProps) {
  const { t } = useTranslation('notes')
  const workshopId = detail.workshop.id
  const { notes, agendaItems, error, noteSaved, noteRemoved } = useNotes(workshopId)
  const link = useLiveLink(detail, agendaItems)

  const context = useMemo<NoteContext>(
    () => ({
      zone: detail.workshop.timeZone,
      start: workshopStart(detail.workshop),
      agendaItems,
      speakers: detail.speakers.map((s) => ({ id: s.id, name: s.name })),
      cities: detail.cities.map((c) => ({ id: c.id, name: c.name }))
    }),
    [detail, agendaItems]
  )

  const failed = useCallback((e: unknown) => notifications.show({ color: 'red', message: t('failed', { message: errorMessage(e) }) }), [t])

  const onMark = useCallback(
    (note: Note, kind: NoteKind) => {
      if (kind !== 'plain' && kind !== 'action' && !note.cityId) {
        notifications.show({ color: 'orange', message: t('links.cityMissing') })
        return
      }
      api
        .markNote({ id: note.id, kind })
        .then((marked) => {
          noteSaved(marked)
          // The case study (and perhaps the workshop's cities) changed: other tabs should see it.
          void reload()
        })
        .catch(failed)
    },
    [noteSaved, reload, failed, t]
  )

  const onChange = useCallback(
    (note: Note, changes: NoteChanges) => {
      api.updateNote({ id: note.id, ...changes }).then(noteSaved).catch(failed)
    },
    [noteSaved, failed]
  )

  const onDelete = useCallback(
    (note: Note) => {
      api
        .deleteNote({ id: note.id })
        .then((deleted) => {
          noteRemoved(deleted.id)
          showUndoToast({
            message: `${t('deleted')}: ${deleted.text}`,
            testId: 'undo-note-delete',
            onUndo: () => void api.restoreNote(deleted).then(noteSaved).catch(failed)
          })
        })
        .catch(failed)
    },
    [noteRemoved, noteSaved, failed, t]
  )

  const onMarkLast = useCallback((kind: NoteKind) => {
    const last = notes?.at(-1)
    if (last) onMark(last, kind)
  }, [notes, onMark])

  if (error) return <Alert color="red">{error}</Alert>
  if (!notes) return <Loader />
  return (
    <Stack gap="sm" data-testid="notes-tab">
      <CaptureBox workshopId={workshopId} link={link} onSaved={noteSaved} onMarkLast={onMarkLast} />
      <KeyLegend />
      <Text size="sm" c="dimmed" data-testid="note-count">
        {notes.length === 0 ? t('empty') : t('count', { count: notes.length })}
      </Text>
      <NoteList notes={notes} context={context} focus={focus} onMark={onMark} onChange={onChange} onDelete={onDelete} />
    </Stack>
  )
}
